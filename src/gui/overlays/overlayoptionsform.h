#pragma once

#include "overlays/overlay.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

// The options of one overlay as a form: size, text, colours and behaviour. Every change is
// announced at once, so the editor can apply it live.
class OverlayOptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayOptionsForm(QWidget *parent = nullptr);

    void setOptions(const OverlayOptions &options);
    // As the API takes them (OverlayJson).
    QJsonObject toJson() const;
    // Shows a problem with one of the options next to the form ("" clears it).
    void setError(const QString &message);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFallbackColor();
    void chooseFallbackColor();

    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_cornerRadius;
    QComboBox *m_align;
    QComboBox *m_background;
    QComboBox *m_attribution;
    QCheckBox *m_ownFallback;
    QPushButton *m_fallbackButton;
    QColor m_fallback;
    QCheckBox *m_showCover;
    QCheckBox *m_showProgress;
    QCheckBox *m_hideWhenPaused;
    QSpinBox *m_showSeconds;
    QLabel *m_error;
    bool m_loading = false;
};
