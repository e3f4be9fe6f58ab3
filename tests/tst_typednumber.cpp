// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as people type them (#20). Every expected value is written by hand.
#include "core/typednumber.h"

#include <QTest>

using namespace wattelier;
using Status = TypedNumber::Status;

class TestTypedNumber : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("decimalValue");
        const int number = int(Status::Number);
        const int ambiguous = int(Status::Ambiguous);
        const int invalid = int(Status::Invalid);
        const int empty = int(Status::Empty);

        QTest::newRow("fr plain") << "fr_BE" << "8190" << number << 8190.0 << 0.0;
        QTest::newRow("fr space thousands") << "fr_BE" << "8 190" << number << 8190.0 << 0.0;
        QTest::newRow("fr narrow space") << "fr_BE" << QString::fromUtf8("12\u202F345,5") << number
                                         << 12345.5 << 0.0;
        QTest::newRow("fr decimal comma") << "fr_BE" << "12,5" << number << 12.5 << 0.0;
        QTest::newRow("fr comma three decimals") << "fr_BE" << "12,300" << number << 12.3 << 0.0;
        QTest::newRow("fr Belgian thousands dot")
            << "fr_BE" << "12.300" << ambiguous << 12300.0 << 12.3;
        QTest::newRow("fr dot one decimal") << "fr_BE" << "12.5" << number << 12.5 << 0.0;
        QTest::newRow("fr dot both") << "fr_BE" << "12.300,5" << number << 12300.5 << 0.0;
        QTest::newRow("fr English both") << "fr_BE" << "12,300.5" << number << 12300.5 << 0.0;
        QTest::newRow("fr dots repeated") << "fr_BE" << "1.234.567" << number << 1234567.0 << 0.0;
        QTest::newRow("fr leading zero") << "fr_BE" << "0.125" << number << 0.125 << 0.0;
        QTest::newRow("fr four digits before") << "fr_BE" << "1234.567" << number << 1234.567
                                               << 0.0;
        QTest::newRow("nl thousands dot") << "nl_BE" << "12.300" << number << 12300.0 << 0.0;
        QTest::newRow("nl decimal comma") << "nl_BE" << "12,3" << number << 12.3 << 0.0;
        QTest::newRow("nl both") << "nl_BE" << "12.300,25" << number << 12300.25 << 0.0;
        QTest::newRow("en decimal dot") << "en_GB" << "12.300" << number << 12.3 << 0.0;
        QTest::newRow("en thousands comma") << "en_GB" << "12,300" << number << 12300.0 << 0.0;
        QTest::newRow("fr_FR dot") << "fr_FR" << "1.500" << ambiguous << 1500.0 << 1.5;
        QTest::newRow("negative") << "fr_BE" << "-3,5" << number << -3.5 << 0.0;
        QTest::newRow("minus sign") << "fr_BE" << QString::fromUtf8("\u22123,5") << number << -3.5
                                    << 0.0;
        QTest::newRow("letters") << "fr_BE" << "12a" << invalid << 0.0 << 0.0;
        QTest::newRow("two decimal commas") << "fr_BE" << "1,2,3" << invalid << 0.0 << 0.0;
        QTest::newRow("bad grouping") << "fr_BE" << "1.23.456" << invalid << 0.0 << 0.0;
        QTest::newRow("both, bad groups") << "fr_BE" << "12.30,5" << invalid << 0.0 << 0.0;
        QTest::newRow("empty") << "fr_BE" << "   " << empty << 0.0 << 0.0;
        QTest::newRow("dot alone") << "fr_BE" << "." << invalid << 0.0 << 0.0;
    }

    void reads()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(double, value);
        QFETCH(double, decimalValue);
        const TypedNumber read = readTypedNumber(text, QLocale(locale));
        QCOMPARE(int(read.status), status);
        if (read.status == Status::Number || read.status == Status::Ambiguous)
            QCOMPARE(read.value, value);
        if (read.status == Status::Ambiguous)
            QCOMPARE(read.decimalValue, decimalValue);
    }
};

QTEST_GUILESS_MAIN(TestTypedNumber)
#include "tst_typednumber.moc"
