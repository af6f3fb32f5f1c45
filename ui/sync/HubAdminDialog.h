#pragma once

#include "core/Clock.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ud {

class HubDatabase;
class HubStore;

// The hub administrator's window (docs/sync.md "Identity and keys"), on the computer that runs
// the hub: open its hub.conf, see the nodes asking to enroll with their key fingerprints (to
// compare by phone), approve one as a desktop, a child hub or a reviewer, for a unit and with its
// blocks of case numbers, or revoke one. The same rules as `uniondesk-cli hub approve|revoke`.
class HubAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HubAdminDialog(QWidget *parent = nullptr);
    ~HubAdminDialog() override;

    // Opens the hub of `configFile`; false with the reason shown when it cannot.
    bool openHub(const QString &configFile);

private:
    void browse();
    void reload();
    void selectionChanged();
    void approve();
    void revoke();
    QString selectedNode() const;

    SystemClock m_clock;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    QLineEdit *m_config;
    QLabel *m_hub;
    QCheckBox *m_pendingOnly;
    QTableWidget *m_nodes;
    QComboBox *m_kind;
    QLineEdit *m_unit;
    QLineEdit *m_blocks;
    QPushButton *m_approve;
    QPushButton *m_revoke;
    QLabel *m_message;
};

} // namespace ud
