// SPDX-License-Identifier: GPL-3.0-or-later
#include "household.h"

#include "core/enumtable.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

constexpr EnumEntry<HouseholdKind> kinds[] = {
    {HouseholdKind::OtherParticipant, "participant",
     QT_TRANSLATE_NOOP("Household", "Another participant")},
    {HouseholdKind::Home, "household",
     QT_TRANSLATE_NOOP("Household", "A household")}, // the fallback: last
};

} // namespace

QString pseudonymFromCode(const QString &code)
{
    //: Public name of a household, %1 is a letter code (A, B, … AA).
    return QCoreApplication::translate("Household", "Household %1").arg(code);
}

QString pseudonymOf(const QString &code, HouseholdKind kind)
{
    if (kind == HouseholdKind::OtherParticipant)
        //: Public name of a member that is not a household (an association, a business), %1 is
        //: a letter code (A, B, … AA).
        return QCoreApplication::translate("Household", "Participant %1").arg(code);
    return pseudonymFromCode(code);
}

QString pseudonym(const Household &household)
{
    return pseudonymOf(household.pseudonymCode, household.kind);
}

QString key(HouseholdKind kind)
{
    return enumtable::keyOf(kinds, kind);
}

std::optional<HouseholdKind> householdKindFromKey(const QString &key)
{
    return enumtable::fromKey(kinds, key);
}

QString label(HouseholdKind kind)
{
    return enumtable::labelOf("Household", kinds, kind);
}

QString shownName(const Household &household, bool showNames)
{
    return showNames && !household.name.isEmpty() ? household.name : pseudonym(household);
}

QString pseudonymCode(int index)
{
    QString code;
    int n = qMax(0, index) + 1;
    while (n > 0) {
        const int remainder = (n - 1) % 26;
        code.prepend(QChar(u'A' + remainder));
        n = (n - 1) / 26;
    }
    return code;
}

std::optional<QString> eanCode(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return std::nullopt; // a letter or a sign: not a code
    }
    if (!digits.isEmpty() && digits.size() != 18)
        return std::nullopt;
    return digits;
}

} // namespace wattelier
