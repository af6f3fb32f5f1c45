#include "documents/DocumentTemplate.h"

#include <QFile>
#include <QList>
#include <QVariantList>

#include <vector>

namespace ud {

namespace {

struct Node
{
    enum class Kind { Text, Value, Section, Inverted };
    Kind kind = Kind::Text;
    QString text; // Text: the text; otherwise the name
    std::vector<Node> children;
};

// Parses `text` into a tree; on failure returns the message.
Result<std::vector<Node>> parse(const QString &text, const QString &name)
{
    const QString open = QStringLiteral("{{");
    const QString close = QStringLiteral("}}");
    std::vector<std::vector<Node>> stack(1);
    QList<QString> openNames;
    QList<Node::Kind> openKinds;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(open, pos);
        if (start < 0) {
            stack.back().push_back({Node::Kind::Text, text.mid(pos), {}});
            break;
        }
        if (start > pos)
            stack.back().push_back({Node::Kind::Text, text.mid(pos, start - pos), {}});
        const qsizetype end = text.indexOf(close, start + open.size());
        if (end < 0)
            return Result<std::vector<Node>>::failure(
                DocumentTemplate::tr("Template %1: \"{{\" without \"}}\".").arg(name));
        const QString tag = text.mid(start + open.size(), end - start - open.size()).trimmed();
        pos = end + close.size();
        if (tag.startsWith(QLatin1Char('!')))
            continue;
        const QChar sigil = tag.isEmpty() ? QChar() : tag.at(0);
        const bool hasSigil = sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/');
        const QString key = (hasSigil ? tag.mid(1) : tag).trimmed();
        if (key.isEmpty())
            return Result<std::vector<Node>>::failure(
                DocumentTemplate::tr("Template %1: empty placeholder.").arg(name));
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            openNames.append(key);
            openKinds.append(sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted);
            stack.emplace_back();
        } else if (sigil == QLatin1Char('/')) {
            if (openNames.isEmpty() || openNames.last() != key)
                return Result<std::vector<Node>>::failure(
                    DocumentTemplate::tr("Template %1: \"{{/%2}}\" does not close the open section.").arg(name, key));
            Node section{openKinds.takeLast(), openNames.takeLast(), std::move(stack.back())};
            stack.pop_back();
            stack.back().push_back(std::move(section));
        } else {
            stack.back().push_back({Node::Kind::Value, key, {}});
        }
    }
    if (!openNames.isEmpty())
        return Result<std::vector<Node>>::failure(
            DocumentTemplate::tr("Template %1: section \"%2\" is not closed.").arg(name, openNames.last()));
    return std::move(stack.front());
}

bool isShown(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantHash:
        return !value.toHash().isEmpty();
    default:
        return !value.toString().isEmpty();
    }
}

class Renderer
{
public:
    explicit Renderer(QString name) : m_name(std::move(name)) {}

    Status render(const std::vector<Node> &nodes, QList<const QVariantHash *> &scopes, QString &out) const
    {
        for (const Node &node : nodes) {
            if (node.kind == Node::Kind::Text) {
                out += node.text;
                continue;
            }
            const QVariant *value = lookup(scopes, node.text);
            if (!value)
                return Status::failure(
                    DocumentTemplate::tr("Template %1: unknown placeholder \"%2\".").arg(m_name, node.text));
            if (node.kind == Node::Kind::Value) {
                out += DocumentTemplate::escape(value->toString());
                continue;
            }
            const bool shown = isShown(*value);
            if (node.kind == Node::Kind::Inverted) {
                if (!shown) {
                    if (Status s = render(node.children, scopes, out); !s)
                        return s;
                }
                continue;
            }
            if (!shown)
                continue;
            if (value->typeId() == QMetaType::QVariantList) {
                const QVariantList list = value->toList();
                for (const QVariant &entry : list) {
                    const QVariantHash scope = entry.toHash();
                    scopes.append(&scope);
                    const Status s = render(node.children, scopes, out);
                    scopes.removeLast();
                    if (!s)
                        return s;
                }
            } else if (value->typeId() == QMetaType::QVariantHash) {
                const QVariantHash scope = value->toHash();
                scopes.append(&scope);
                const Status s = render(node.children, scopes, out);
                scopes.removeLast();
                if (!s)
                    return s;
            } else if (Status s = render(node.children, scopes, out); !s) {
                return s;
            }
        }
        return Status::success();
    }

private:
    static const QVariant *lookup(const QList<const QVariantHash *> &scopes, const QString &key)
    {
        for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
            const auto it = scopes.at(i)->constFind(key);
            if (it != scopes.at(i)->constEnd())
                return &it.value();
        }
        return nullptr;
    }

    QString m_name;
};

} // namespace

QString DocumentTemplate::escape(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

Result<QString> DocumentTemplate::render(const QString &text, const QVariantHash &values, const QString &name)
{
    Result<std::vector<Node>> tree = parse(text, name);
    if (!tree)
        return tree.status();
    QString out;
    out.reserve(text.size() * 2);
    QList<const QVariantHash *> scopes{&values};
    if (Status s = Renderer(name).render(tree.value(), scopes, out); !s)
        return s;
    return out;
}

Result<QString> DocumentTemplate::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(tr("Cannot read the document template %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

} // namespace ud
