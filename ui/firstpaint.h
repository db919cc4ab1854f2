#pragma once

#include <functional>

class QWidget;

namespace Credence::Ui {

/// Runs @p function once, right after the first paint pass of @p window (queued behind it, so the frame is complete),
/// so that slow work such as listing a large project does not hold back the window's first appearance. Should the
/// window not be painted within @p fallbackMs (started minimized, say), runs it then anyway.
void callAfterFirstPaint(QWidget *window, std::function<void()> function, int fallbackMs = 1000);

} // namespace Credence::Ui
