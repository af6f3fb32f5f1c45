#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QAbstractItemView;
class QApplication;
class QDialog;
class QSettings;
class QWidget;

namespace ud {

// The keyboard and window conventions every screen of every workspace follows (issue 12, item 1),
// kept for the whole application by one event filter on the QApplication, so that a new dialog
// follows them without code of its own:
// - No button is a default that Return triggers: in a dialog, Return in a text field or a table
//   does nothing to the records; a state change needs a click (or Space on the focused button),
//   or Ctrl+Return, which presses the dialog's accepting button (OK, Save, Register…).
// - Tab leaves tables (arrow keys move between cells) and text boxes instead of being trapped in
//   their cells or typed as a tab character.
// - A dialog opens with the focus on its first field when it set none itself.
// - A field that gets the focus (by Tab, by its Alt+letter, or because an error is shown next to
//   it) is scrolled into view in its scroll area.
// - Windows and dialogs with an object name come back where and as large as they were left, and
//   the columns of their tables and trees as they were arranged; a window never opens larger
//   than the screen's free area (a 1366×768 laptop with its taskbar), and dialogs can be resized.
// The state is kept in the application's settings (QSettings), or in `settingsFile` (tests).
class UiConventions : public QObject
{
    Q_OBJECT

public:
    // A dialog with this property set to true keeps Qt's default button, so that Return in its
    // fields confirms it: for a dialog that changes no record (logging in), never for one that does.
    static constexpr const char *kReturnAccepts = "udReturnAccepts";

    explicit UiConventions(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~UiConventions() override;

    // Installs the conventions on `app` for its lifetime.
    static UiConventions *install(QApplication &app, const QString &settingsFile = {});

    // The access keys (Alt+letter) used more than once among the visible widgets of `window`:
    // one line each, "P: &Print preview…, Record &payment…". Empty when every key is unique.
    static QStringList accessKeyClashes(const QWidget *window);

    // Saves the geometry and column state of `window` now (also done when it is hidden).
    void saveWindow(QWidget *window);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void polishButtons(QWidget *root) const;
    void windowShown(QWidget *window);
    void fitToScreen(QWidget *window) const;
    void focusFirstField(QDialog *dialog) const;
    bool confirmDialog(QWidget *from) const;
    void restoreColumns(QAbstractItemView *view);
    QString windowKey(const QWidget *window) const;
    QString viewKey(const QAbstractItemView *view) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ud
