// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's PIN (#9): which PINs are accepted, the stored hash never
// holds the PIN, and only the right PIN matches a stored hash.

#include "exchange/pinlock.h"

#include <QCryptographicHash>
#include <QTest>

using namespace wattelier;

class TestPinLock : public QObject
{
    Q_OBJECT

private slots:
    void acceptablePins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("four digits") << QStringLiteral("1234") << true;
        QTest::newRow("eight digits") << QStringLiteral("12345678") << true;
        QTest::newRow("leading zeros") << QStringLiteral("0007") << true;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letter") << QStringLiteral("12a4") << false;
        QTest::newRow("space") << QStringLiteral("12 34") << false;
        QTest::newRow("trailing space") << QStringLiteral("1234 ") << false;
        QTest::newRow("sign") << QStringLiteral("-1234") << false;
        // Digits of other scripts look like numbers but are not on every keyboard.
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤") << false;
        QTest::newRow("fullwidth digits") << QStringLiteral("１２３４") << false;
    }

    void acceptablePins()
    {
        QFETCH(QString, pin);
        QFETCH(bool, acceptable);
        QCOMPARE(isAcceptablePin(pin), acceptable);
    }

    void verify_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << QStringLiteral("2468") << QStringLiteral("2468") << true;
        QTest::newRow("eight digits")
            << QStringLiteral("20260601") << QStringLiteral("20260601") << true;
        QTest::newRow("one digit off") << QStringLiteral("2468") << QStringLiteral("2469") << false;
        QTest::newRow("prefix") << QStringLiteral("246813") << QStringLiteral("2468") << false;
        QTest::newRow("longer") << QStringLiteral("2468") << QStringLiteral("24680") << false;
        QTest::newRow("empty") << QStringLiteral("2468") << QString() << false;
        QTest::newRow("swapped") << QStringLiteral("2468") << QStringLiteral("4268") << false;
    }

    void verify()
    {
        QFETCH(QString, pin);
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        const QString stored = hashPin(pin);
        QCOMPARE(verifyPin(typed, stored), matches);
    }

    void storedFormHidesThePin()
    {
        const QString stored = hashPin(QStringLiteral("97531"));
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("sha256i"));
        QCOMPARE(parts.at(1).toInt(), pinHashRounds);
        QCOMPARE(parts.at(2).size(), 32); // 16 bytes of salt in hex
        QCOMPARE(parts.at(3).size(), 64); // SHA-256 in hex
        QVERIFY(!stored.contains(QStringLiteral("97531")));
        // A new salt each time: the same PIN never gives the same stored text.
        QVERIFY(hashPin(QStringLiteral("97531")) != stored);
        QVERIFY(verifyPin(QStringLiteral("97531"), hashPin(QStringLiteral("97531"))));
    }

    void iteratedAndSalted()
    {
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const QString oneRound = hashPin(QStringLiteral("1234"), salt, 1);
        // One round is SHA-256(salt ‖ PIN): the format is what the code says it is.
        const QByteArray direct = QCryptographicHash::hash(
            QByteArray(salt + QByteArrayLiteral("1234")), QCryptographicHash::Sha256);
        QCOMPARE(oneRound.section(QLatin1Char('$'), 3), QString::fromLatin1(direct.toHex()));
        QCOMPARE(hashPin(QStringLiteral("1234"), salt, 1), oneRound); // deterministic
        QVERIFY(hashPin(QStringLiteral("1234"), salt, 2) != oneRound);
        QVERIFY(hashPin(QStringLiteral("1234"), salt, pinHashRounds).section(QLatin1Char('$'), 3) !=
                oneRound.section(QLatin1Char('$'), 3));
        QVERIFY(hashPin(QStringLiteral("1234"), QByteArray(16, 'x'), 1) != oneRound);
        QVERIFY(verifyPin(QStringLiteral("1234"), hashPin(QStringLiteral("1234"), salt, 7)));
    }

    void malformedStoredNeverMatches_data()
    {
        QTest::addColumn<QString>("stored");
        const QString good = hashPin(QStringLiteral("1234"), QByteArray(16, 's'), 3);
        QTest::newRow("empty") << QString();
        QTest::newRow("the PIN itself") << QStringLiteral("1234");
        QTest::newRow("other scheme")
            << QString(good).replace(QStringLiteral("sha256i"), QStringLiteral("md5"));
        QTest::newRow("zero rounds") << good.section(QLatin1Char('$'), 0, 0) +
                                            QStringLiteral("$0$") +
                                            good.section(QLatin1Char('$'), 2);
        QTest::newRow("huge rounds") << good.section(QLatin1Char('$'), 0, 0) +
                                            QStringLiteral("$999999999$") +
                                            good.section(QLatin1Char('$'), 2);
        QTest::newRow("no salt") << good.section(QLatin1Char('$'), 0, 1) + QStringLiteral("$$") +
                                        good.section(QLatin1Char('$'), 3);
        QTest::newRow("short hash") << good.left(good.size() - 2);
        QTest::newRow("extra part") << good + QStringLiteral("$00");
    }

    void malformedStoredNeverMatches()
    {
        QFETCH(QString, stored);
        QVERIFY(!verifyPin(QStringLiteral("1234"), stored));
    }

    void tamperedHashRefused()
    {
        QString stored = hashPin(QStringLiteral("1234"), QByteArray(16, 's'), 3);
        QVERIFY(verifyPin(QStringLiteral("1234"), stored));
        const QChar last = stored.back();
        stored.back() = last == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QVERIFY(!verifyPin(QStringLiteral("1234"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPinLock)
#include "tst_pinlock.moc"
