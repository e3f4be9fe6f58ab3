#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace wattelier::test {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

std::unique_ptr<Workshop> createWorkshop(const QTemporaryDir &dir, const QString &fileName)
{
    WorkshopError error;
    auto workshop =
        Workshop::create(dir.filePath(fileName), QStringLiteral("Test workshop"), &error);
    if (!workshop)
        qWarning("could not create workshop: %s", qPrintable(error.message));
    return workshop;
}

Appliance sampleAppliance(qint64 householdId, const QString &name)
{
    Appliance a;
    a.householdId = householdId;
    a.name = name;
    a.category = Category::Cold;
    a.priority = Priority::Indispensable;
    a.flexibility = Flexibility::None;
    a.powerW = 100.0;
    a.usageMode = UsageMode::Hours;
    a.hoursPerDay = 9.5;
    a.daysPerWeek = 7.0;
    return a;
}

WattmeterReading reading(ReadingKind kind, double value, double hours)
{
    WattmeterReading r;
    r.kind = kind;
    r.value = value;
    r.durationHours = hours;
    r.measuredOn = QDate(2026, 11, 20);
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace wattelier::test
