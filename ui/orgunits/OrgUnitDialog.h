#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ud {

// Add a unit under a parent, or rename one. Enterprise and industry unions are identified by
// their unified social credit code: a failing checksum may be kept with a reason (some real
// early codes fail), anything else malformed is refused inline.
class OrgUnitDialog : public QDialog
{
    Q_OBJECT

public:
    // Adding: `parentName` shown for context; renaming: pass the current values in `current`.
    OrgUnitDialog(const QString &parentName, const QVariantMap &current, QWidget *parent = nullptr);

    QVariantMap values() const;      // code, name, short_name, tier
    QString overrideReason() const;  // non-empty when a failing credit code was kept
    void accept() override;

private:
    bool m_editing;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_tier;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    QLabel *m_error;
};

} // namespace ud
