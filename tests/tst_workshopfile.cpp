// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop file (#2): created with an application_id and a schema version,
// every edit on disk at once, and foreign, newer, read-only and corrupted files
// refused with a clear message, byte for byte unmodified.

#include "core/schema.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;
using wattelier::test::createWorkshop;
using wattelier::test::fileDigest;
using wattelier::test::writeFile;

namespace {

/*! A plain SQLite database that is not a Wattelier workshop. */
void writeForeignDatabase(const QString &path, int applicationId, int userVersion)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO photos (path) VALUES ('a.jpg')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

/*! A real workshop with enough rows to span several pages. */
void writeWorkshopWithData(const QString &path)
{
    WorkshopError error;
    auto workshop = Workshop::create(path, QStringLiteral("Data"), &error);
    QVERIFY2(workshop, qPrintable(error.message));
    Household h;
    h.name = QStringLiteral("Famille Test");
    const qint64 id = workshop->households().insert(h);
    QSqlDatabase db = workshop->database();
    db.transaction();
    for (int i = 0; i < 400; ++i)
        QVERIFY(workshop->appliances().insert(wattelier::test::sampleAppliance(
                    id, QStringLiteral("Appliance number %1 with a long name").arg(i))) > 0);
    QVERIFY(db.commit());
}

} // namespace

class TestWorkshopFile : public QObject
{
    Q_OBJECT

private slots:
    void createWritesHeaderAndSchema()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        QVERIFY(workshop);
        QSqlDatabase db = workshop->database();
        QCOMPARE(schema::applicationIdOf(db), schema::applicationId);
        QCOMPARE(schema::userVersion(db), schema::currentVersion);
        QCOMPARE(workshop->name(), QStringLiteral("Test workshop"));
        QVERIFY(!workshop->info(QStringLiteral("created_utc")).isEmpty());
    }

    void everyEditIsOnDiskAtOnce()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Amira");
        const qint64 id = workshop->households().insert(h);
        QVERIFY(id > 0);
        QVERIFY(workshop->appliances().insert(wattelier::test::sampleAppliance(id)) > 0);

        // A second, independent connection sees the edit while the workshop is
        // still open: nothing waits for a Save.
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(workshop->filePath());
            other.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM appliances")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto workshop = createWorkshop(dir);
            path = workshop->filePath();
            Household h;
            h.name = QStringLiteral("Jan & Els");
            h.occupants = 2;
            h.notes = QStringLiteral("Retired");
            const qint64 id = workshop->households().insert(h);
            Appliance a = wattelier::test::sampleAppliance(id);
            a.standbyW = 0.5;
            workshop->appliances().insert(a);
        }
        WorkshopError error;
        auto reopened = Workshop::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        const auto households = reopened->households().all();
        QCOMPARE(households.size(), 1);
        QCOMPARE(households.first().name, QStringLiteral("Jan & Els"));
        QCOMPARE(households.first().pseudonymCode, QStringLiteral("A"));
        QCOMPARE(households.first().notes, QStringLiteral("Retired"));
        const auto appliances = reopened->appliances().all();
        QCOMPARE(appliances.size(), 1);
        QCOMPARE(appliances.first().standbyW, std::optional<double>(0.5));
        QCOMPARE(appliances.first().category, Category::Cold);
    }

    void createRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.wattelier"));
        writeFile(path, "keep me");
        const QByteArray before = fileDigest(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        WorkshopError error;
        QVERIFY(!Workshop::create(path, QStringLiteral("x"), &error));
        QCOMPARE(error.kind, WorkshopError::Kind::AlreadyExists);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("CSV file") << "csv" << int(WorkshopError::Kind::NotAWorkshop)
                                  << "not a Wattelier workshop";
        QTest::newRow("empty file")
            << "empty" << int(WorkshopError::Kind::NotAWorkshop) << "not a Wattelier workshop";
        QTest::newRow("another SQLite database")
            << "foreign" << int(WorkshopError::Kind::NotAWorkshop) << "not a Wattelier workshop";
        QTest::newRow("newer version")
            << "newer" << int(WorkshopError::Kind::NewerVersion) << "newer version of Wattelier";
        QTest::newRow("corrupted pages")
            << "corrupted" << int(WorkshopError::Kind::Corrupted) << "damaged";
        QTest::newRow("truncated file")
            << "truncated" << int(WorkshopError::Kind::Corrupted) << "damaged";
        QTest::newRow("read-only file")
            << "readonly" << int(WorkshopError::Kind::ReadOnly) << "read-only";
        QTest::newRow("missing file")
            << "missing" << int(WorkshopError::Kind::NotFound) << "does not exist";
    }

    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedKind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.wattelier"));
        if (kind == QLatin1String("csv")) {
            writeFile(path, "timestamp;kWh\n2026-01-01 00:15;0,25\n");
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, QByteArray());
        } else if (kind == QLatin1String("foreign")) {
            writeForeignDatabase(path, 0, 0);
        } else if (kind == QLatin1String("newer")) {
            writeForeignDatabase(path, schema::applicationId, schema::currentVersion + 7);
        } else if (kind == QLatin1String("corrupted") || kind == QLatin1String("truncated")) {
            writeWorkshopWithData(path);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 8 * 4096);
            if (kind == QLatin1String("truncated")) {
                QVERIFY(file.resize(size / 2));
            } else {
                // Scribble over pages in the middle of the file, keeping the header.
                file.seek(2 * 4096);
                file.write(QByteArray(3 * 4096, '\xA5'));
            }
        } else if (kind == QLatin1String("readonly")) {
            auto workshop = createWorkshop(dir, QStringLiteral("bad.wattelier"));
            workshop.reset();
            QVERIFY(QFile::setPermissions(path,
                                          QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        const QByteArray before = fileDigest(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        WorkshopError error;
        auto workshop = Workshop::open(path, &error);
        QVERIFY(!workshop);
        QCOMPARE(int(error.kind), expectedKind);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        if (kind != QLatin1String("missing")) {
            QVERIFY2(error.message.contains(QStringLiteral("bad.wattelier")),
                     qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("not changed")),
                     qPrintable(error.message));
        }
        // Never modified, and no journal or other file left behind.
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void saveCopyAsWritesAConsistentCopy()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Ana");
        const qint64 id = workshop->households().insert(h);
        workshop->appliances().insert(wattelier::test::sampleAppliance(id));
        const QString copyPath = dir.filePath(QStringLiteral("copy.wattelier"));
        WorkshopError error;
        QVERIFY2(workshop->saveCopyAs(copyPath, &error), qPrintable(error.message));
        // The copy refuses to overwrite, even itself.
        QVERIFY(!workshop->saveCopyAs(copyPath, &error));
        QCOMPARE(error.kind, WorkshopError::Kind::AlreadyExists);

        auto copy = Workshop::open(copyPath, &error);
        QVERIFY2(copy, qPrintable(error.message));
        QCOMPARE(copy->households().all().size(), 1);
        QCOMPARE(copy->appliances().all().size(), 1);
        // Editing the copy leaves the original alone.
        copy->households().remove(copy->households().all().first().id);
        QCOMPARE(workshop->households().all().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkshopFile)
#include "tst_workshopfile.moc"
