// result.h: a value or a user-facing error message, and a Status that is only "ok or an
// error" (design.md habit 5). Header-only, used by every module.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dv {

/// Holds either a T or an error message that names the thing and what to do.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit on purpose
  /// An error carrying `message`.
  static Result error(std::string message) { return Result(Err{std::move(message)}); }
  /// True when a value is held.
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  /// The value (only when ok()).
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  /// The message (only when !ok()).
  const std::string& message() const { return std::get<1>(v_).text; }

 private:
  struct Err {
    std::string text;
  };
  explicit Result(Err e) : v_(std::move(e)) {}
  std::variant<T, Err> v_;
};

/// Either ok or an error message that names the thing and what to do (no value).
class [[nodiscard]] Status {
 public:
  /// Success.
  static Status ok() { return Status(); }
  /// An error carrying `message`.
  static Status error(std::string message) { return Status(std::move(message)); }
  /// True on success.
  bool is_ok() const { return !message_; }
  explicit operator bool() const { return is_ok(); }
  /// The message (only when !is_ok()).
  const std::string& message() const { return *message_; }

 private:
  Status() = default;
  explicit Status(std::string m) : message_(std::move(m)) {}
  std::optional<std::string> message_;
};

}  // namespace dv
