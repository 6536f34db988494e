// The rule QT_NO_CONTEXTLESS_CONNECT enforces from Qt 6.7 on, checked on every Qt version:
// a functor connected to a signal needs a context object, so that the connection dies with
// the object the functor uses. Reports every connect(sender, &Signal, functor) call with no
// context in the C++ files under the given folders (and in the files given), and exits 1 if
// there is one.
//   check_connect_context DIR|FILE...

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

// The text with comments and the contents of string and character literals blanked out, so
// that only code is searched and positions (lines) stay the same.
QByteArray codeOnly(const QByteArray &text)
{
    QByteArray code = text;
    enum class In { Code, LineComment, BlockComment, String, Char } in = In::Code;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char c = code[i];
        const char next = i + 1 < code.size() ? code[i + 1] : '\0';
        switch (in) {
        case In::Code:
            if (c == '/' && next == '/')
                in = In::LineComment;
            else if (c == '/' && next == '*')
                in = In::BlockComment;
            else if (c == '"')
                in = In::String;
            else if (c == '\'' && !(i > 0 && std::isxdigit(uchar(code[i - 1]))))
                in = In::Char; // not a digit separator (1'000)
            break;
        case In::LineComment:
            if (c == '\n')
                in = In::Code;
            else
                code[i] = ' ';
            break;
        case In::BlockComment:
            if (c == '*' && next == '/') {
                code[i] = code[i + 1] = ' ';
                ++i;
                in = In::Code;
            } else if (c != '\n') {
                code[i] = ' ';
            }
            break;
        case In::String:
        case In::Char:
            if (c == '\\') {
                code[i] = ' ';
                if (i + 1 < code.size() && code[i + 1] != '\n')
                    code[++i] = ' ';
            } else if (c == (in == In::String ? '"' : '\'')) {
                in = In::Code;
            } else if (c != '\n') {
                code[i] = ' ';
            }
            break;
        }
    }
    return code;
}

// The top-level arguments of the call whose '(' is at `open`.
QByteArrayList arguments(const QByteArray &code, qsizetype open)
{
    QByteArrayList args;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0) {
                args.append(code.mid(start, i - start).trimmed());
                return args;
            }
        } else if (c == ',' && depth == 1) {
            args.append(code.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    return args;
}

bool isIdentifierChar(char c)
{
    return std::isalnum(uchar(c)) || c == '_';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int files = 0;
    int calls = 0;
    int contextless = 0;
    QStringList paths;
    for (const QString &root : app.arguments().mid(1)) {
        if (QFileInfo(root).isFile())
            paths.append(root);
        QDirIterator it(
            root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    {
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << '\n';
                return 2;
            }
            ++files;
            const QByteArray code = codeOnly(file.readAll());
            for (qsizetype at = code.indexOf("connect"); at >= 0; at = code.indexOf("connect", at + 1)) {
                const qsizetype afterName = at + 7;
                if ((at > 0 && isIdentifierChar(code[at - 1])) || afterName >= code.size())
                    continue; // disconnect, reconnect, ...
                // QCoro::connect(task, context, callback) has its context second.
                if (at >= 7 && code.mid(at - 7, 7) == "QCoro::")
                    continue;
                qsizetype open = afterName;
                while (open < code.size() && std::isspace(uchar(code[open])))
                    ++open;
                if (open >= code.size() || code[open] != '(')
                    continue;
                const QByteArrayList args = arguments(code, open);
                if (args.size() < 2 || !args.at(1).startsWith('&'))
                    continue; // a declaration, or not the pointer-to-member form
                ++calls;
                if (args.size() == 3) {
                    ++contextless;
                    const qsizetype line = code.first(at).count('\n') + 1;
                    out << path << ':' << line << ": connect() without a context object: pass the object the functor "
                        << "uses as the third argument\n";
                }
            }
        }
    }
    if (files == 0) {
        out << "no C++ files found\n";
        return 2;
    }
    if (contextless > 0)
        return 1;
    out << "All " << calls << " signal connections in " << files << " files have a context object.\n";
    return 0;
}
