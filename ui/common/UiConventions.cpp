#include "ui/common/UiConventions.h"

#include "ui/common/ColumnSpreader.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QColorDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTextEdit>
#include <QSettings>
#include <QTabBar>
#include <QTimer>
#include <QWizard>

namespace ud {

namespace {

const char *const kRestored = "udWindowRestored";
const char *const kColumnsRestored = "udColumnsRestored";

// Qt's own dialogs keep their default buttons: a message box's default answer is chosen on
// purpose, and a file dialog's Return opens or saves a file, not a record.
bool keepsDefaults(const QWidget *w)
{
    return qobject_cast<const QMessageBox *>(w) || qobject_cast<const QFileDialog *>(w)
           || qobject_cast<const QColorDialog *>(w) || qobject_cast<const QFontDialog *>(w)
           || w->property(UiConventions::kReturnAccepts).toBool();
}

// The letter after a single '&' ("&&" is a literal ampersand), upper-cased; empty when none.
QString accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// A field a dialog's first focus should go to.
bool isField(const QWidget *w)
{
    if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
        return false;
    return !qobject_cast<const QAbstractButton *>(w) && !qobject_cast<const QTabBar *>(w)
           && !qobject_cast<const QLabel *>(w);
}

} // namespace

UiConventions::UiConventions(const QString &settingsFile, QObject *parent)
    : QObject(parent),
      m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

UiConventions::~UiConventions() = default;

UiConventions *UiConventions::install(QApplication &app, const QString &settingsFile)
{
    auto *conventions = new UiConventions(settingsFile, &app);
    app.installEventFilter(conventions);
    return conventions;
}

QStringList UiConventions::accessKeyClashes(const QWidget *window)
{
    QMap<QString, QStringList> byKey;
    const auto add = [&byKey](const QString &text) {
        if (const QString key = accessKey(text); !key.isEmpty())
            byKey[key] << text;
    };
    const auto shown = [window](const QWidget *w) { return w == window || w->isVisibleTo(window); };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!shown(w) || w->window() != window)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            add(button->text());
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->buddy()) // without a buddy the '&' is shown as it is, not a key
                add(label->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            add(group->title());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
        } else if (const auto *menus = qobject_cast<const QMenuBar *>(w)) {
            for (const QAction *a : menus->actions())
                if (a->isVisible())
                    add(a->text());
        }
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return clashes;
}

bool UiConventions::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::Polish:
        if (auto *button = qobject_cast<QPushButton *>(widget); button && !keepsDefaults(button->window()))
            button->setAutoDefault(false);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            view->setTabKeyNavigation(false);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setTabChangesFocus(true); // Tab leaves a text box too (facts, terms, notes)
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            rich->setTabChangesFocus(true);
        break;
    case QEvent::Show:
        if (widget->isWindow())
            windowShown(widget);
        else if (auto *button = qobject_cast<QPushButton *>(widget); button && !keepsDefaults(button->window()))
            polishButtons(button);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            restoreColumns(view);
        break;
    case QEvent::Hide:
        if (widget->isWindow() && !widget->objectName().isEmpty()
            && (qobject_cast<QDialog *>(widget) || qobject_cast<QMainWindow *>(widget)))
            saveWindow(widget);
        break;
    case QEvent::FocusIn:
        // The field that gets the focus is scrolled into view in its scroll area.
        for (QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(p)) {
                if (area->widget() && area->widget()->isAncestorOf(widget))
                    area->ensureWidgetVisible(widget);
                break;
            }
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Where the key arrives: the focused field, or the window it reaches when a field that
        // did not have the focus let it pass (the dialog sees it once either way).
        const bool receiver = widget == QApplication::focusWidget() || widget->isWindow();
        if (enter && (key->modifiers() & Qt::ControlModifier) && receiver && confirmDialog(widget))
            return true;
        break;
    }
    default:
        break;
    }
    return false;
}

void UiConventions::polishButtons(QWidget *root) const
{
    QList<QPushButton *> buttons = root->findChildren<QPushButton *>();
    if (auto *self = qobject_cast<QPushButton *>(root))
        buttons << self;
    for (QPushButton *b : std::as_const(buttons)) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
}

void UiConventions::windowShown(QWidget *window)
{
    auto *dialog = qobject_cast<QDialog *>(window);
    if (!dialog && !qobject_cast<QMainWindow *>(window))
        return; // menus, tool tips, pop-ups
    if (dialog && !keepsDefaults(dialog)) {
        polishButtons(dialog);
        const bool fixed = dialog->minimumSize() == dialog->maximumSize();
        if (!fixed)
            dialog->setSizeGripEnabled(true);
        QPointer<QDialog> guarded(dialog);
        QTimer::singleShot(0, dialog, [this, guarded] {
            if (guarded)
                focusFirstField(guarded);
        });
    }
    if (!window->property(kRestored).toBool()) {
        window->setProperty(kRestored, true);
        if (const QString key = windowKey(window); !key.isEmpty()) {
            const QByteArray geometry = m_settings->value(key + QStringLiteral("/geometry")).toByteArray();
            if (!geometry.isEmpty())
                window->restoreGeometry(geometry);
        }
    }
    fitToScreen(window);
}

void UiConventions::fitToScreen(QWidget *window) const
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect free = screen->availableGeometry();
    // The frame (title bar, borders) counts: the whole window must fit.
    const QSize frame = window->frameGeometry().size() - window->size();
    const QSize room = free.size() - frame;
    QSize size = window->size();
    size = size.boundedTo(room).expandedTo(window->minimumSize().boundedTo(room));
    if (size != window->size())
        window->resize(size);
    const QSize outer = size + frame;
    QPoint at = window->pos(); // of the frame
    at.setX(qBound(free.left(), at.x(), qMax(free.left(), free.right() + 1 - outer.width())));
    at.setY(qBound(free.top(), at.y(), qMax(free.top(), free.bottom() + 1 - outer.height())));
    if (at != window->pos())
        window->move(at);
}

void UiConventions::focusFirstField(QDialog *dialog) const
{
    if (!dialog->isVisible())
        return;
    const QWidget *focused = dialog->focusWidget();
    if (focused && !qobject_cast<const QAbstractButton *>(focused) && focused->isVisible())
        return; // the dialog chose its first field itself
    for (QWidget *w = dialog->nextInFocusChain(); w && w != dialog; w = w->nextInFocusChain())
        if (dialog->isAncestorOf(w) && isField(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
}

bool UiConventions::confirmDialog(QWidget *from) const
{
    QWidget *window = from->window();
    if (auto *wizard = qobject_cast<QWizard *>(window)) {
        for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
            QAbstractButton *b = wizard->button(which);
            if (b && b->isVisible() && b->isEnabled()) {
                b->click();
                return true;
            }
        }
        return false;
    }
    auto *dialog = qobject_cast<QDialog *>(window);
    if (!dialog || keepsDefaults(dialog))
        return false;
    const QList<QDialogButtonBox *> boxes = dialog->findChildren<QDialogButtonBox *>();
    for (QDialogButtonBox *box : boxes) {
        if (!box->isVisible())
            continue;
        for (QAbstractButton *b : box->buttons()) {
            const auto role = box->buttonRole(b);
            if ((role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole) && b->isVisible() && b->isEnabled()) {
                b->click();
                return true;
            }
        }
    }
    return false;
}

void UiConventions::restoreColumns(QAbstractItemView *view)
{
    if (view->property(kColumnsRestored).toBool())
        return;
    QHeaderView *header = ColumnSpreader::headerOf(view);
    const QString key = viewKey(view);
    if (!header || !view->model())
        return;
    if (key.isEmpty()) {
        ColumnSpreader::attach(view, false);
        return;
    }
    view->setProperty(kColumnsRestored, true);
    const int columns = m_settings->value(key + QStringLiteral("/count"), -1).toInt();
    const QByteArray state = m_settings->value(key + QStringLiteral("/state")).toByteArray();
    // A state saved for another set of columns (a newer version added one) is not restored.
    const bool restore = !state.isEmpty() && columns == view->model()->columnCount();
    if (restore)
        header->restoreState(state);
    ColumnSpreader::attach(view, restore && m_settings->value(key + QStringLiteral("/arranged")).toBool());
}

void UiConventions::saveWindow(QWidget *window)
{
    const QString key = windowKey(window);
    if (key.isEmpty())
        return;
    m_settings->setValue(key + QStringLiteral("/geometry"), window->saveGeometry());
    const QList<QAbstractItemView *> views = window->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QHeaderView *header = ColumnSpreader::headerOf(view);
        const QString viewState = viewKey(view);
        if (!header || viewState.isEmpty() || !view->model() || !view->property(kColumnsRestored).toBool())
            continue;
        m_settings->setValue(viewState + QStringLiteral("/count"), view->model()->columnCount());
        m_settings->setValue(viewState + QStringLiteral("/state"), header->saveState());
        const ColumnSpreader *spreader = ColumnSpreader::of(view);
        m_settings->setValue(viewState + QStringLiteral("/arranged"), spreader && spreader->arranged());
    }
    m_settings->sync();
}

QString UiConventions::windowKey(const QWidget *window) const
{
    return window->objectName().isEmpty() ? QString() : QStringLiteral("windows/") + window->objectName();
}

QString UiConventions::viewKey(const QAbstractItemView *view) const
{
    const QString window = windowKey(view->window());
    if (window.isEmpty() || view->objectName().isEmpty())
        return {};
    return window + QStringLiteral("/columns/") + view->objectName();
}

} // namespace ud
