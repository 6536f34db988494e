#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <QCoroFuture>
#include <QCoroTask>

#include <type_traits>

// Runs `work` on Qt's global thread pool and resumes the awaiting coroutine, on its own
// thread, with the result: for what must never block the GUI thread (decoding images,
// palettes, file I/O). `work` owns what it uses (capture by value): it may outlive the caller's
// objects. Database access inside it goes through Database::connection(), which gives each
// thread its own connection.
template<typename Work>
auto onWorkerThread(Work work) -> QCoro::Task<std::invoke_result_t<Work>>
{
    co_return co_await QtConcurrent::run(std::move(work));
}
