#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroSignal>
#include <QCoroTask>

#include <type_traits>

// Runs `work` on Qt's global thread pool and resumes the awaiting coroutine, on its own
// thread, with the result: for what must never block the GUI thread (decoding images,
// palettes, file I/O). `work` owns what it uses (capture by value): it may outlive the caller's
// objects; pass it as a named variable, never as a lambda written in the call: GCC 12 destroys
// a temporary passed by value to a coroutine twice. Database access inside it goes through Database::connection(),
// which gives each thread its own connection. (QCoro's own QFuture awaiter connects without a context, which
// QT_NO_CONTEXTLESS_CONNECT refuses on Qt 6.7 and later: the watcher is awaited here instead.)
template<typename Work>
auto onWorkerThread(Work work) -> QCoro::Task<std::invoke_result_t<Work>>
{
    using Value = std::invoke_result_t<Work>;
    QFutureWatcher<Value> watcher;
    QFuture<Value> future = QtConcurrent::run(std::move(work));
    watcher.setFuture(future);
    // Finished later: the watcher says so through this thread's event loop.
    if (!future.isFinished())
        co_await qCoro(&watcher, &QFutureWatcherBase::finished);
    if constexpr (std::is_void_v<Value>)
        co_return;
    else
        co_return future.result();
}
