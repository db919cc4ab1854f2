// Build-time tool: renders the SVG application icon into one square PNG for the hicolor icon theme.
// Usage: svgtopng INPUT.svg SIZE OUTPUT.png
// Runs during the build on machines without a display, so it paints into a QImage and needs no QGuiApplication.

#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: svgtopng INPUT.svg SIZE OUTPUT.png\n");
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&ok);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!ok || size <= 0 || size > 4096) {
        std::fprintf(stderr, "svgtopng: bad size %s\n", argv[2]);
        return 2;
    }
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svgtopng: cannot read %s\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        // Keep the drawing's aspect ratio, centred, should the SVG ever stop being square.
        QSizeF drawn = renderer.defaultSize();
        drawn.scale(size, size, Qt::KeepAspectRatio);
        renderer.render(&painter,
                        QRectF((size - drawn.width()) / 2, (size - drawn.height()) / 2, drawn.width(), drawn.height()));
    }
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "svgtopng: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
