#include "commandline.h"

#include "appliancestore.h"
#include "catalogue.h"
#include "demoworkshop.h"
#include "householdstore.h"
#include "inventoryjson.h"
#include "preferences.h"
#include "schema.h"
#include "workshop.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wattelier::app {
namespace {

// The command line prints stable English: scripts read it, and its messages
// are the same whatever the desktop language.
const QStringList subcommands = {QStringLiteral("demo"), QStringLiteral("inventory"),
                                 QStringLiteral("help")};
const QStringList globalOptions = {QStringLiteral("--version"), QStringLiteral("-v"),
                                   QStringLiteral("--help"), QStringLiteral("-h")};

constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

const char usageText[] =
    "Usage:\n"
    "  wattelier [FILE.wattelier]       open the window (on FILE if given)\n"
    "  wattelier --demo                 open the window on the demo workshop\n"
    "  wattelier --version              print the version as JSON\n"
    "  wattelier demo OUT.wattelier     write the demo workshop to a new file\n"
    "  wattelier inventory FILE.wattelier\n"
    "                                   print households, appliances and estimated kWh/year\n"
    "Subcommands print JSON on standard output and messages on standard error;\n"
    "the exit code is 0 on success, 1 when the work failed, 2 for a usage error.\n";

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

int usageError(QTextStream &err, const QString &message)
{
    err << "wattelier: " << message << "\n\n" << QLatin1String(usageText);
    err.flush();
    return exitUsage;
}

int failure(QTextStream &err, const QString &message)
{
    err << "wattelier: " << message << '\n';
    err.flush();
    return exitFailure;
}

int runVersion(QTextStream &out)
{
    printJson(out, QJsonObject{
                       {QStringLiteral("name"), QStringLiteral("Wattelier")},
                       {QStringLiteral("version"), QLatin1String(WATTELIER_VERSION)},
                       {QStringLiteral("schema_version"), schema::currentVersion},
                       {QStringLiteral("qt"), QLatin1String(qVersion())},
                   });
    return exitOk;
}

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1)
        return usageError(err, QStringLiteral("demo takes one argument: the file to write."));
    const QString path = arguments.first();
    if (QFileInfo::exists(path))
        return failure(
            err, QStringLiteral("“%1” already exists; demo never overwrites a file.").arg(path));
    WorkshopError error;
    if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error))
        return failure(err, error.message);
    std::unique_ptr<Workshop> workshop = Workshop::open(path, &error);
    if (!workshop)
        return failure(err, error.message);
    printJson(out, QJsonObject{
                       {QStringLiteral("file"), workshop->filePath()},
                       {QStringLiteral("name"), workshop->name()},
                       {QStringLiteral("households"), workshop->households().count()},
                       {QStringLiteral("appliances"), int(workshop->appliances().all().size())},
                   });
    err << "Demo workshop written to " << workshop->filePath() << '\n';
    return exitOk;
}

int runInventory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1)
        return usageError(err, QStringLiteral("inventory takes one argument: the workshop file."));
    WorkshopError error;
    std::unique_ptr<Workshop> workshop = Workshop::open(arguments.first(), &error);
    if (!workshop)
        return failure(err, error.message);
    printJson(out, inventoryJson(*workshop, ui::electricityPriceEurPerKwh()));
    return exitOk;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return subcommands.contains(first) || globalOptions.contains(first);
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("-v"))
        return runVersion(out);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << QLatin1String(usageText);
        return exitOk;
    }
    if (command == QLatin1String("demo"))
        return runDemo(rest, out, err);
    if (command == QLatin1String("inventory"))
        return runInventory(rest, out, err);
    return usageError(err, QStringLiteral("unknown command “%1”.").arg(command));
}

} // namespace wattelier::app
