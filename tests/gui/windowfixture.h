#pragma once

#include "engine/engine.h"
#include "gui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the window tests share: a temporary data dir, an Engine that serves it on a free
// loopback port, and the main window over that engine. Tests call the steps from init() in
// their own order (agents and connectors go in before or after the engine starts) and reset()
// from cleanup(). Steps report failure through QtTest and return false.
class WindowFixture
{
public:
    bool createDataDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid() && QDir(m_dir->path()).mkpath(QStringLiteral("agents"));
    }
    QString dataDir() const { return m_dir->path(); }
    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    bool writeAgent(const QString &fileName, const QByteArray &yaml) const
    {
        QFile file(path(QStringLiteral("agents/") + fileName));
        return file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size();
    }

    bool startEngine()
    {
        Hookyard::Engine::Engine::Options options;
        options.dataDir = m_dir->path();
        options.listenOverride = QStringLiteral("127.0.0.1:0");
        m_engine = std::make_unique<Hookyard::Engine::Engine>(options);
        QString error;
        if (!m_engine->start(&error)) {
            qWarning("the engine did not start: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool showWindow()
    {
        m_window = std::make_unique<Hookyard::Gui::MainWindow>(*m_engine);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void reset()
    {
        m_window.reset();
        if (m_engine)
            m_engine->stop();
        m_engine.reset();
        m_dir.reset();
    }

    template<typename T>
    T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    Hookyard::Engine::Engine &engine() const { return *m_engine; }
    Hookyard::Gui::MainWindow &window() const { return *m_window; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Hookyard::Engine::Engine> m_engine;
    std::unique_ptr<Hookyard::Gui::MainWindow> m_window;
};
