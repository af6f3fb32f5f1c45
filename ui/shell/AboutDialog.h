#pragma once

#include <QDialog>

namespace ud {

class Database;

// Version, schema version, node identity and database path.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(Database *db, QWidget *parent = nullptr);
};

} // namespace ud
