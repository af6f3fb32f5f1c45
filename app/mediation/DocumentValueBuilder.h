#pragma once

#include "core/Result.h"
#include "mediation/DocumentContext.h"
#include "mediation/MediationCase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantHash>
#include <QVariantList>

namespace ud {

// The values the mediation document templates show, from one case and the document context
// (used by MediationDocumentData). The values every document shares (common(): body, case no.,
// parties, employer, dispute, claims) and the helpers to make them are public, so that the
// documents of the case file (CaseFilePaperValues) are made the same way; the five documents of
// the first release (受理登记表, 调解笔录, 调解协议书, 终止调解通知书, 不予受理通知书) are made here.
class DocumentValueBuilder
{
public:
    DocumentValueBuilder(const MediationCase &c, const DocumentContext &context) : m_case(c), m_context(context) {}

    const MediationCase &mediationCase() const { return m_case; }
    const DocumentContext &context() const { return m_context; }

    // The display name of a code (the code itself when the lookup has none); "" for "".
    QString name(const QString &list, const QString &code) const;
    // Full or masked, as the viewer's role may read it.
    QString idNumber(const QString &id) const;
    QVariantHash party(const CaseParty &p, int index, const QDate &asOf) const;
    QVariantList parties(const QList<CaseParty> &list, const QDate &asOf) const;
    QVariantList agents(const QString &side) const;
    // For a collective case the elected representatives; if none is marked, every applicant.
    QList<CaseParty> representatives() const;
    static QString joinedNames(const QList<CaseParty> &list);
    // {prefix: 12,345.67, prefixCapital: 壹万贰仟叁佰肆拾伍元陆角柒分}.
    QVariantHash money(qint64 fen, const QString &prefix) const;
    QVariantList items(const QList<CaseItem> &list) const;
    // The mediators of the case: those of the register linked to it, else the names as typed.
    QString mediatorNames() const;
    // The case's state in a mediator's words (调解成功, 履行完毕, 未履行调解协议 …).
    QString result() const;
    // An agreed item that can be enforced by a 支付令 is among the agreed ones.
    bool hasPaymentOrderItem() const;
    QVariantHash common() const;

    QVariantHash intake() const;
    Result<QVariantHash> sessions() const;
    Result<QVariantHash> agreement() const;
    Result<QVariantHash> termination() const;
    Result<QVariantHash> nonAcceptance() const;

private:
    // Collective agreements: every applicant with the agreed amount, a signature column and the
    // authorisation of the representatives.
    QVariantHash roster() const;

    const MediationCase &m_case;
    const DocumentContext &m_context;
};

} // namespace ud
