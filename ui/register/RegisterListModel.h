#pragma once

#include "ui/common/PagedListModel.h"

namespace ud {

// What the register's list tabs hold (WorkersModel, EmployersModel): a paged list of records
// with ids, a total count and sorts, as every paged list is.
class RegisterListModel : public PagedListModel
{
    Q_OBJECT

public:
    using PagedListModel::PagedListModel;
};

} // namespace ud
