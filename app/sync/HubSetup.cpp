#include "sync/HubSetup.h"

#include "core/Clock.h"
#include "core/Uuid7.h"
#include "sync/HubStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace ud {

Result<std::unique_ptr<HubDatabase>> HubSetup::openDatabase(const HubConfig &config)
{
    HubDbSettings s;
    if (config.driver == HubConfig::Driver::Postgres) {
        s.driver = HubDbSettings::Driver::Postgres;
        s.host = config.databaseHost;
        s.port = config.databasePort;
        s.name = config.databaseName;
        s.user = config.databaseUser;
        if (!config.databasePasswordFile.isEmpty()) {
            QFile f(config.databasePasswordFile);
            if (!f.open(QIODevice::ReadOnly))
                return Result<std::unique_ptr<HubDatabase>>::failure(
                    tr("The database password file %1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(config.databasePasswordFile), f.errorString()));
            s.password = QString::fromUtf8(f.readLine(4096)).trimmed();
        }
    } else {
        s.path = config.databasePath;
    }
    return HubDatabase::open(s);
}

QString HubSetup::keyFolder(const HubConfig &config)
{
    return QFileInfo(config.certificateFile).absolutePath();
}

Result<SyncKeys> HubSetup::keys(const HubConfig &config)
{
    return SyncKeys::fromDirectory(keyFolder(config), QStringLiteral("hub"));
}

Status HubSetup::initialize(const HubConfig &config, const QString &orgUnit, const QString &displayName)
{
    auto db = openDatabase(config);
    if (!db)
        return db.status();
    SystemClock clock;
    HubStore store(*db.value(), clock);
    if (Status s = store.seedOrgUnits(); !s)
        return s;
    QSqlQuery q(db.value()->connection());
    q.prepare(QStringLiteral("SELECT tier FROM hub_org_units WHERE code = ?"));
    q.addBindValue(orgUnit);
    if (!q.exec() || !q.next())
        return Status::failure(tr("The unit %1 is not in the org tree. Give the code of the district or city this "
                                  "hub serves, e.g. 110105 for 朝阳区.")
                                   .arg(orgUnit));
    const QString tier = q.value(0).toString();
    q.finish();
    if (const auto existing = store.identity()) {
        if (existing->orgUnit != orgUnit)
            return Status::failure(tr("This hub database already belongs to the hub of unit %1.").arg(existing->orgUnit));
        return Status::success();
    }
    auto k = keys(config);
    if (!k)
        k = SyncKeys::createIn(keyFolder(config), QStringLiteral("hub"));
    if (!k)
        return k.status();
    HubIdentityRow id;
    id.nodeId = Uuid7Generator(clock).next();
    id.orgUnit = orgUnit;
    id.tier = tier;
    id.displayName = displayName.isEmpty() ? store.orgUnitName(orgUnit) : displayName;
    id.publicKey = k.value().publicKeyBase64();
    return store.setIdentity(id);
}

} // namespace ud
