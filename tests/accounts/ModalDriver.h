#pragma once

// Shared by the account GUI tests. Waits, from inside the event loop a dialog's exec() runs, for
// the modal dialog named `name` and hands it to `handle`. Polls with QTimer::singleShot so it
// does not matter whether exec() has started yet. If no such dialog shows up in time, whatever
// modal is up is rejected so the test cannot hang, and missed() tells. (Same helper as in
// tests/gui/tst_mainwindow.cpp.)

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QTimer>

#include <functional>

class ModalDriver
{
public:
    ModalDriver(QString name, std::function<void(QDialog *)> handle, int timeoutMs = 5000)
        : m_name(std::move(name)), m_handle(std::move(handle))
    {
        m_deadline.setRemainingTime(timeoutMs);
        arm();
    }
    bool handled() const { return m_handled; }
    bool missed() const { return m_missed; }

private:
    void arm() { QTimer::singleShot(10, &m_context, [this] { poll(); }); }
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible() && dialog->objectName() == m_name) {
            m_handled = true;
            m_handle(dialog);
            if (dialog->isVisible()) // the handler must close it; make sure exec() returns
                dialog->reject();
            return;
        }
        if (m_deadline.hasExpired()) {
            m_missed = true;
            if (dialog)
                dialog->reject();
            return;
        }
        arm();
    }

    QObject m_context; // pending polls die with the driver
    QString m_name;
    std::function<void(QDialog *)> m_handle;
    QDeadlineTimer m_deadline;
    bool m_handled = false;
    bool m_missed = false;
};
