#pragma once

#include "core/Clock.h"
#include "ui/sync/RecordTerms.h"

#include <QDialog>
#include <QJsonArray>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;

namespace ud {

class Database;
class ReviewClient;

// A district or city reviewer's queue (docs/sync.md "Review"), on a desktop enrolled at its hub
// as a reviewer: the cases and register entries that came from below, by workspace and state
// (new, changed since the last review, returned), one record's fields, and a decision: approve,
// return with a reason, lock or unlock. The decision reaches the station at its next sync.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewDialog(Database &db, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    void refresh();
    // The workspaces' words for the record's fields and values (as the conflict dialog).
    void setTerms(RecordTermsSet::List terms);

private:
    void refreshPairs();
    void judgePair(const QString &outcome);
    void showRecord();
    void decide(const QString &decision);

    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ReviewClient> m_client;
    QJsonArray m_items;
    RecordTermsSet m_terms;
    QComboBox *m_table;
    QComboBox *m_state;
    QTableWidget *m_queue;
    QTableWidget *m_details;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_lock;
    QPushButton *m_unlock;
    QLabel *m_message;
    QJsonArray m_pairs;
    QTableWidget *m_pairTable;
    QPushButton *m_same;
    QPushButton *m_different;
};

} // namespace ud
