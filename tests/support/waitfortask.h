#pragma once

#include <QCoroTask>
#include <QEventLoop>

#include <optional>

// Runs the event loop until a coroutine finishes and returns its result. (QCoro::waitFor needs a
// default-constructible result, which Result<T> deliberately is not.)
template<typename T>
T waitForTask(QCoro::Task<T> task)
{
    std::optional<T> result;
    QEventLoop loop;
    QCoro::connect(std::move(task), &loop, [&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
