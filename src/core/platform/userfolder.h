#pragma once

#include <QCoreApplication>
#include <QString>

// A folder the user chooses for MelodyHue to write into (the files for OBS, later the drives):
// a full path that is, or could become, a folder of the user's, never the system's own
// (/, /etc, /proc, /usr… or Windows' and programs' folders) and never a file.
class UserFolder
{
    Q_DECLARE_TR_FUNCTIONS(UserFolder)

public:
    // Why `path` cannot be such a folder, as a sentence; empty when it can. `label` names the
    // setting in the sentence.
    static QString problem(const QString &path, const QString &label);
    static bool isSystemFolder(const QString &cleanPath);
};
