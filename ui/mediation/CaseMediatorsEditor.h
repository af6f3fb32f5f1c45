#pragma once

#include "core/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ud {

class CommandFacade;
class MediatorCommands;

// The mediators of one case, picked from the register of mediators with their role (lead,
// assistant, recorder) instead of typed names. Names typed before the register existed stay
// shown while no mediator of the register is on the case. Putting on a mediator who works for
// the case's employer (回避) asks for the reason she stays, which is recorded with her. Each
// change is one undoable step (MediatorCommands); the editor re-reads the case when its
// mediators change (an edit here, an undo or a redo).
class CaseMediatorsEditor : public QWidget
{
    Q_OBJECT

public:
    // Asks for the reason a mediator stays on the case despite `warning`; "" cancels.
    using ReasonAsker = std::function<QString(const QString &warning)>;

    CaseMediatorsEditor(CommandFacade &facade, const QString &caseId, bool mayEdit, QWidget *parent = nullptr);
    ~CaseMediatorsEditor() override;

    void refresh();
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    // The steps behind the buttons (used by them and by tests).
    Status addMediator(const QString &mediatorId, const QString &role);
    Status removeRow(int row);

private:
    void fillPicker();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<MediatorCommands> m_commands;
    QString m_caseId;
    bool m_mayEdit;
    ReasonAsker m_askReason;
    QLabel *m_typed;
    QTableWidget *m_table;
    QComboBox *m_picker;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace ud
