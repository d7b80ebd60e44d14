// gtest main with a QGuiApplication (fonts, QPainter text, QPdfWriter) but no widgets, on
// the offscreen platform unless the caller chose another.
#include <gtest/gtest.h>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
