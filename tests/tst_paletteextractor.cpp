// The palette engine on covers with a known answer, on every kind of file people have, and on
// everything that is not a good image.

#include "support/syntheticcovers.h"

#include "color/contrast.h"
#include "color/coverdecoder.h"
#include "color/oklab.h"
#include "color/paletteextractor.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QTest>

class TestPaletteExtractor : public QObject
{
    Q_OBJECT

private:
    static QByteArray encode(const QImage &image, const char *format, int quality = 85, bool progressive = false)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        writer.setQuality(quality);
        writer.setProgressiveScanWrite(progressive);
        if (!writer.write(image))
            qFatal("cannot encode a test image as %s: %s", format, qPrintable(writer.errorString()));
        return bytes;
    }

    // PNG chunks end with the CRC-32 of their type and data.
    static QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
    {
        quint32 crc = 0xffffffffu;
        const QByteArray covered = type + data;
        for (const char byte : covered) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        crc ^= 0xffffffffu;
        const auto be32 = [](quint32 value) {
            const char bytes[] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
            return QByteArray(bytes, 4);
        };
        return be32(quint32(data.size())) + type + data + be32(crc);
    }

    static float distance(const QColor &a, const QColor &b)
    {
        return OkLab::fromColor(a).distanceTo(OkLab::fromColor(b));
    }

    static Palette paletteOf(const SyntheticCover &cover, const char *format = "jpeg")
    {
        const auto palette = PaletteExtractor::fromData(encode(cover.image, format));
        if (!palette)
            qFatal("%s: %s", qPrintable(cover.name), qPrintable(palette.errorMessage()));
        return palette.value();
    }

    static void verifyReadableText(const Palette &palette)
    {
        QVERIFY2(Contrast::ratio(palette.text, palette.dominant) >= 4.5,
            qPrintable(palette.text.name() + QStringLiteral(" on ") + palette.dominant.name()));
    }

private Q_SLOTS:
    void flatBackground_isDominantDespiteShapesTextAndNoise_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::newRow("red") << QColor(0xc0, 0x30, 0x30);
        QTest::newRow("teal") << QColor(0x1f, 0x8a, 0x8a);
        QTest::newRow("mustard") << QColor(0xd4, 0xa0, 0x17);
        QTest::newRow("navy (dark, not black)") << QColor(0x1c, 0x2a, 0x4a);
        QTest::newRow("cream (light, still wins)") << QColor(0xf4, 0xef, 0xe6);
        QTest::newRow("pastel pink") << QColor(0xf2, 0xb8, 0xc6);
    }

    void flatBackground_isDominantDespiteShapesTextAndNoise()
    {
        QFETCH(QColor, background);
        for (quint32 seed : {1u, 2u, 3u}) {
            const SyntheticCover cover = SyntheticCovers::flat(background, seed);
            const Palette palette = paletteOf(cover);
            QVERIFY2(distance(palette.dominant, background) < 0.02f,
                qPrintable(palette.dominant.name() + QStringLiteral(" for ") + background.name()));
            verifyReadableText(palette);
        }
    }

    void photographicTexture_givesItsMainColour()
    {
        for (const QColor base : {QColor(0x5a, 0x7d, 0x3c), QColor(0x8e, 0x44, 0xad), QColor(0xe6, 0x7e, 0x22)}) {
            const SyntheticCover cover = SyntheticCovers::photo(base, 7);
            const Palette palette = paletteOf(cover);
            QVERIFY2(distance(palette.dominant, base) < 0.04f,
                qPrintable(palette.dominant.name() + QStringLiteral(" for ") + base.name()));
            verifyReadableText(palette);
        }
    }

    void whiteFrame_doesNotMakeTheCoverWhite()
    {
        const QColor inner(0x2e, 0x6f, 0xb0);
        const Palette palette = paletteOf(SyntheticCovers::framed(inner, 3));
        QVERIFY2(distance(palette.dominant, inner) < 0.04f, qPrintable(palette.dominant.name()));
        QVERIFY(!PaletteExtractor::isNearWhite(OkLab::fromColor(palette.dominant)));
    }

    void mostlyBlack_isBlackWhenItClearlyCoversMore()
    {
        const Palette palette = paletteOf(SyntheticCovers::mostlyBlack(QColor(0xe0, 0x40, 0x60), 5));
        QVERIFY2(
            PaletteExtractor::isNearBlack(OkLab::fromColor(palette.dominant)), qPrintable(palette.dominant.name()));
        // The picture's colour is still there for accents.
        QVERIFY2(distance(palette.vibrant, QColor(0xe0, 0x40, 0x60)) < 0.08f, qPrintable(palette.vibrant.name()));
        verifyReadableText(palette);
    }

    void mostlyWhite_losesToAColourThatIsNotFarBehind()
    {
        const QColor logo(0x22, 0x99, 0x55);
        const Palette palette = paletteOf(SyntheticCovers::mostlyWhite(logo, 9));
        QVERIFY2(distance(palette.dominant, logo) < 0.02f, qPrintable(palette.dominant.name()));
    }

    void extremeRule_followsTheTwoAndAHalfRatio()
    {
        const OkLab black{0.05f, 0, 0};
        const OkLab red = OkLab::fromColor(QColor(0xcc, 0x22, 0x22));
        const auto dominantWith = [&](float blackShare, float redShare) {
            return PaletteExtractor::fromClusters({{black, blackShare}, {red, redShare}})->dominant;
        };
        QCOMPARE(dominantWith(0.70f, 0.30f), red.toColor()); // 2.33×
        QCOMPARE(dominantWith(0.72f, 0.28f), black.toColor()); // 2.57×
        QCOMPARE(PaletteExtractor::fromClusters({{black, 1.0f}})->dominant, black.toColor());
    }

    void greyscaleCover_givesNeutralGreysNotAHue()
    {
        for (int lightness : {40, 128, 200}) {
            const Palette palette = paletteOf(SyntheticCovers::greyscale(lightness, 11));
            for (const QColor &swatch : {palette.dominant, palette.vibrant, palette.muted}) {
                QVERIFY2(swatch.red() == swatch.green() && swatch.green() == swatch.blue(), qPrintable(swatch.name()));
            }
            QVERIFY2(std::abs(palette.dominant.red() - lightness) < 24, qPrintable(palette.dominant.name()));
            verifyReadableText(palette);
        }
    }

    void gradientWithTextStrokes_isOneColour()
    {
        const QColor from(0x3d, 0x5a, 0x80);
        const QColor to(0x33, 0x4e, 0x72);
        const SyntheticCover cover = SyntheticCovers::gradientWithText(from, to, 13);
        const Palette palette = paletteOf(cover);
        QVERIFY2(distance(palette.dominant, cover.expectedDominant) < 0.03f, qPrintable(palette.dominant.name()));
    }

    void vibrant_findsTheSmallVividAccent_andMutedACalmColour()
    {
        QImage image(320, 320, QImage::Format_RGB32);
        image.fill(QColor(0x8a, 0x8f, 0x86)); // sage grey-green
        QPainter painter(&image);
        painter.fillRect(QRect(0, 0, 320, 40), QColor(0x60, 0x6e, 0x80)); // slate band
        painter.fillRect(QRect(140, 140, 40, 40), QColor(0xff, 0x20, 0x30)); // small red accent, ~1.6%
        painter.end();
        const Palette palette = PaletteExtractor::fromImage(image).value();
        QVERIFY2(distance(palette.vibrant, QColor(0xff, 0x20, 0x30)) < 0.03f, qPrintable(palette.vibrant.name()));
        const OkLab muted = OkLab::fromColor(palette.muted);
        QVERIFY2(muted.chroma() < 0.09f && muted.chroma() > 0.005f, qPrintable(palette.muted.name()));
    }

    void everyCoverOfTheCorpus_hasReadableText()
    {
        const auto covers = SyntheticCovers::corpus(35, 2024, 200);
        for (const SyntheticCover &cover : covers) {
            const Palette palette = paletteOf(cover);
            QVERIFY2(Contrast::ratio(palette.text, palette.dominant) >= 4.5, qPrintable(cover.name));
        }
    }

    void the64PixelImage_givesNearlyTheColoursOfThe640PixelOne()
    {
        // Music services serve a 64 px cover of ~2 KB: MelodyHue takes colours from it.
        const auto covers = SyntheticCovers::corpus(21, 99, 640);
        for (const SyntheticCover &cover : covers) {
            const Palette large = paletteOf(cover);
            const QImage small = cover.image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const Palette fromSmall = PaletteExtractor::fromData(encode(small, "jpeg", 75)).value();
            QVERIFY2(distance(large.dominant, fromSmall.dominant) < 0.03f,
                qPrintable(cover.name + QStringLiteral(": ") + large.dominant.name() + QStringLiteral(" vs ")
                    + fromSmall.dominant.name()));
        }
    }

    void tinyAndHugeCovers_decodeSmallAndAgree()
    {
        const SyntheticCover small = SyntheticCovers::flat(QColor(0x44, 0x66, 0xaa), 17, 64);
        const Palette smallPalette = paletteOf(small);
        QVERIFY(distance(smallPalette.dominant, small.expectedDominant) < 0.03f);

        const SyntheticCover big = SyntheticCovers::flat(QColor(0x44, 0x66, 0xaa), 17, 640);
        const QImage huge = big.image.scaled(4000, 4000);
        const QByteArray bytes = encode(huge, "jpeg", 80);
        const auto decoded = CoverDecoder::decode(bytes);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), QSize(500, 500)); // libjpeg's 1/8 scale: bounded memory
        const Palette hugePalette = PaletteExtractor::fromData(bytes).value();
        QVERIFY2(
            distance(hugePalette.dominant, smallPalette.dominant) < 0.02f, qPrintable(hugePalette.dominant.name()));
    }

    void transparentPixels_areLeftOut()
    {
        QImage image(100, 100, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.fillRect(QRect(0, 0, 30, 100), QColor(0xd0, 0x30, 0x80));
        painter.end();
        const Palette palette = PaletteExtractor::fromData(encode(image, "png")).value();
        QVERIFY2(distance(palette.dominant, QColor(0xd0, 0x30, 0x80)) < 0.01f, qPrintable(palette.dominant.name()));

        QImage clear(50, 50, QImage::Format_ARGB32);
        clear.fill(Qt::transparent);
        const auto nothing = PaletteExtractor::fromData(encode(clear, "png"));
        QVERIFY(!nothing);
        QVERIFY(nothing.errorMessage().contains(QStringLiteral("no visible pixels")));
    }

    void everyCommonFormat_givesTheSameAnswer_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("progressive");
        QTest::newRow("baseline jpeg") << QByteArray("jpeg") << false;
        QTest::newRow("progressive jpeg") << QByteArray("jpeg") << true;
        QTest::newRow("png") << QByteArray("png") << false;
        QTest::newRow("webp") << QByteArray("webp") << false;
        QTest::newRow("bmp") << QByteArray("bmp") << false;
        QTest::newRow("gif") << QByteArray("gif") << false;
    }

    void everyCommonFormat_givesTheSameAnswer()
    {
        QFETCH(QByteArray, format);
        QFETCH(bool, progressive);
        QVERIFY2(QImageWriter::supportedImageFormats().contains(format) || format == "gif", format.constData());
        const SyntheticCover cover = SyntheticCovers::flat(QColor(0x7a, 0x3b, 0x9e), 21, 256);
        QByteArray bytes;
        if (format == "gif") {
            // Qt writes no GIF; this is a 1×1 GIF of #7a3b9e.
            bytes = QByteArray::fromBase64("R0lGODlhAQABAIAAAHo7ngAAACwAAAAAAQABAAACAkQBADs=");
        } else {
            bytes = encode(cover.image, format.constData(), 90, progressive);
        }
        const auto palette = PaletteExtractor::fromData(bytes);
        QVERIFY2(palette, qPrintable(palette.errorMessage()));
        QVERIFY2(distance(palette->dominant, cover.expectedDominant) < 0.02f, qPrintable(palette->dominant.name()));
    }

    void cmykJpeg_isReadInRgb()
    {
        const auto palette = PaletteExtractor::fromFile(QFINDTESTDATA("data/cover-cmyk.jpg"));
        QVERIFY2(palette, qPrintable(palette.errorMessage()));
        QVERIFY2(distance(palette->dominant, QColor(0x20, 0x60, 0xc0)) < 0.03f, qPrintable(palette->dominant.name()));
    }

    void greyscaleJpeg_isRead()
    {
        const QImage grey = SyntheticCovers::greyscale(90, 5, 128).image.convertToFormat(QImage::Format_Grayscale8);
        const auto palette = PaletteExtractor::fromData(encode(grey, "jpeg"));
        QVERIFY2(palette, qPrintable(palette.errorMessage()));
        QCOMPARE(palette->dominant.red(), palette->dominant.blue());
    }

    void badInput_givesAClearErrorNeverACrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QByteArray jpeg = encode(SyntheticCovers::flat(QColor(0x80, 0x40, 0x20), 1, 256).image, "jpeg");
        const QByteArray png = encode(SyntheticCovers::flat(QColor(0x80, 0x40, 0x20), 1, 256).image, "png");
        QByteArray corruptPng = png;
        for (qsizetype i = 100; i < 400; ++i)
            corruptPng[i] = char(i * 37);
        // A valid PNG header announcing 100000 × 100000 pixels.
        const QByteArray giantPng = QByteArray::fromHex("89504e470d0a1a0a")
            + pngChunk("IHDR", QByteArray::fromHex("000186a0000186a00806000000"))
            + pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("just some text, not an image\n") << QStringLiteral("not an image");
        QTest::newRow("random bytes") << QByteArray(4096, '\x37') << QStringLiteral("not an image");
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("jpeg header only") << jpeg.left(200) << QStringLiteral("truncated");
        QTest::newRow("truncated png") << png.left(png.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("corrupt png") << corruptPng << QStringLiteral("damaged");
        QTest::newRow("giant png") << giantPng << QStringLiteral("too large");
    }

    void badInput_givesAClearErrorNeverACrash()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const auto palette = PaletteExtractor::fromData(bytes);
        QVERIFY(!palette);
        QVERIFY2(palette.errorMessage().contains(mentions), qPrintable(palette.errorMessage()));
    }

    void missingFile_isReported()
    {
        const auto palette = PaletteExtractor::fromFile(QStringLiteral("/nonexistent/cover.jpg"));
        QVERIFY(!palette);
        QVERIFY(palette.errorMessage().contains(QStringLiteral("Cannot open")));
    }

    void textColour_isATintWhenOneReadsWell()
    {
        const OkLab red = OkLab::fromColor(QColor(0xb0, 0x20, 0x30));
        const QColor text = PaletteExtractor::textColorOn(red);
        QVERIFY(Contrast::ratio(text, red.toColor()) >= 4.5);
        QVERIFY2(text != QColor(Qt::white) && text.red() > text.blue(), qPrintable(text.name()));
        // On a mid grey, only black or white reaches 4.5:1.
        const QColor onGrey = PaletteExtractor::textColorOn(OkLab::fromColor(QColor(0x76, 0x76, 0x76)));
        QVERIFY(Contrast::ratio(onGrey, QColor(0x76, 0x76, 0x76)) >= 4.5);
    }
};

QTEST_MAIN(TestPaletteExtractor)
#include "tst_paletteextractor.moc"
