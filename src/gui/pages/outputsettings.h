#pragma once

#include "gui/guiservices.h"
#include "gui/widgets/card.h"
#include "settings/settingsschema.h"

class QCheckBox;
class QLabel;
class StatusLine;
class QLineEdit;
class QPushButton;

// Settings → Outputs: the folder where MelodyHue keeps text files and the cover for OBS's
// Text and Image sources, the now-playing line's pattern, and whether the files stay while
// paused. What goes wrong with the folder (unplugged, full, read-only) shows here.
class OutputSettings : public Card
{
    Q_OBJECT

public:
    OutputSettings(const GuiServices &services, QWidget *parent = nullptr);

    // For tests.
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QString statusText() const;
    QString errorText() const;
    void chooseFolder(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void save(SettingKey key, const QJsonValue &value);
    void refreshStatus();
    void browse();

    GuiServices m_services;
    QLabel *m_intro;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_stop;
    QLabel *m_patternLabel;
    QLineEdit *m_pattern;
    QCheckBox *m_keep;
    QLabel *m_error;
    StatusLine *m_status;
};
