// SPDX-License-Identifier: MIT
// Internal: what every Leap link carries besides its own options: the partner's name (the
// org name of a Direct URL, the account of a Leap Connect link), an optional refId and the
// custom params (docs/rules.md#fields). DirectUrl and ConnectUrl each hold one.
#ifndef LEAP_DETAIL_LINK_FIELDS_HPP
#define LEAP_DETAIL_LINK_FIELDS_HPP

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "../percent_encoding.hpp"
#include "../redirect_param.hpp"
#include "../validation.hpp"
#include "fault.hpp"
#include "field_buffer.hpp"
#include "wire.hpp"

namespace leap::detail {

// "refId=" enc(ref_id), for a refId of `size` bytes of which enc() escapes `escapes`.
[[nodiscard]] constexpr std::size_t ref_id_part_size(std::size_t size, std::size_t escapes) noexcept {
  return wire::ref_id.size() + 1 + size + 2 * escapes;
}

// One param inside additional_redirect_params: enc(enc(key) "=" enc(value)). enc(enc())
// writes five bytes ("%25" and two hex digits) for each byte enc() escapes.
[[nodiscard]] constexpr std::size_t param_part_size(std::size_t key_size, std::size_t value_size,
                                                    std::size_t escapes) noexcept {
  return key_size + wire::encoded_equals.size() + value_size + 4 * escapes;
}

// The whole link would pass max_url_size.
[[nodiscard]] constexpr Fault too_long(std::size_t size) noexcept {
  return size_fault(Errc::url_too_long, "url", "would be too long", size, max_url_size);
}

inline char* copy(std::string_view s, char* out) noexcept {
  if (!s.empty()) std::memcpy(out, s.data(), s.size());
  return out + s.size();
}

// The fields live in one buffer: the link's fixed part (every byte before the refId, the
// name among them, exactly as the link spells it), the refId, then one record per param
// (see redirect_param.hpp). The encoded size of each part is kept, so a link knows its
// length, and writing one copies its fixed part whole.
// Changes are checked first (noexcept, nothing touched) and stored second (one strong
// buffer operation, then counters), so a failed change leaves everything as it was. The
// readers decode straight into the buffer's spare room and keep the bytes only once they
// pass the same checks.
class LinkFields {
 public:
  // Nothing yet: see lay_out.
  LinkFields() noexcept = default;

  // Gives fields that hold nothing yet their fixed part: `fixed_size` bytes, written by
  // `write(char* out)`, with the name (already checked) `name_size` bytes at `name_offset`.
  // `write` may write up to `room` (at least fixed_size) bytes; those past fixed_size are
  // not kept.
  template <class Write>
  void lay_out(std::size_t fixed_size, std::size_t name_offset, std::size_t name_size, std::size_t room,
               Write&& write) {
    LEAP_ASSERT(text_.size() == 0 && fixed_size <= room && "leap: a fixed part is laid out in empty fields");
    write(text_.reserve_tail(room));
    text_.set_size(fixed_size);
    fixed_size_ = fixed_size;
    name_offset_ = name_offset;
    name_size_ = name_size;
    ref_id_size_ = param_count_ = ref_part_size_ = params_part_size_ = 0;
  }

  // Replaces the bytes before the name with `prefix` (a Leap Connect link's options
  // changing). Strong; shrinking never allocates.
  void replace_prefix(std::string_view prefix) {
    text_.replace(0, name_offset_, prefix);
    fixed_size_ = fixed_size_ - name_offset_ + prefix.size();
    name_offset_ = prefix.size();
  }

  [[nodiscard]] std::string_view name() const noexcept { return {text_.data() + name_offset_, name_size_}; }
  [[nodiscard]] std::string_view fixed() const noexcept { return {text_.data(), fixed_size_}; }
  [[nodiscard]] std::size_t fixed_size() const noexcept { return fixed_size_; }

  [[nodiscard]] std::optional<std::string_view> ref_id() const noexcept {
    if (ref_id_size_ == 0) return std::nullopt;  // an empty refId is never stored
    return std::string_view(text_.data() + fixed_size_, ref_id_size_);
  }

  [[nodiscard]] RedirectParams params() const noexcept {
    const char* begin = text_.data() + fixed_size_ + ref_id_size_;
    return {begin, text_.data() + text_.size(), param_count_};
  }

  // The size of what write_query() writes: the refId part and the params part, joined by
  // '&'; 0 when the link has neither.
  [[nodiscard]] std::size_t query_size() const noexcept { return joined(ref_part_size_, params_part_size_); }

  // The size of a whole link whose other bytes take `fixed_size`, with this query after one
  // separator ('?' or '&').
  [[nodiscard]] static constexpr std::size_t link_size(std::size_t fixed_size, std::size_t query_size) noexcept {
    return fixed_size + (query_size == 0 ? 0 : 1 + query_size);
  }

  // A new refId: the fault, or its part's size.
  [[nodiscard]] Fault check_ref_id(std::string_view ref_id, std::size_t& part_size) const noexcept {
    return check_ref_id(ref_id, scan_text(ref_id), part_size);
  }

  // The same, given scan_text(ref_id).
  [[nodiscard]] Fault check_ref_id(std::string_view ref_id, const TextScan& scan,
                                   std::size_t& part_size) const noexcept {
    if (Fault fault = detail::check_ref_id(ref_id, scan); fault.failed()) return fault;
    part_size = ref_id_part_size(ref_id.size(), scan.escapes);
    const std::size_t size = link_size(fixed_size_, joined(part_size, params_part_size_));
    return size > max_url_size ? too_long(size) : Fault{};
  }

  void store_ref_id(std::string_view ref_id, std::size_t part_size) {
    if (ref_id_size_ == 0 && param_count_ == 0) {  // the common case: nothing to move
      copy(ref_id, text_.reserve_tail(ref_id.size()));
      text_.set_size(fixed_size_ + ref_id.size());
    } else {
      text_.replace(fixed_size_, ref_id_size_, ref_id);
    }
    ref_id_size_ = ref_id.size();
    ref_part_size_ = part_size;
  }

  void clear_ref_id() noexcept {
    text_.replace(fixed_size_, ref_id_size_, {});  // shrinking: never allocates
    ref_id_size_ = 0;
    ref_part_size_ = 0;
  }

  // A new param: the fault, or the params part's new size.
  [[nodiscard]] Fault check_param(std::string_view key, std::string_view value, std::size_t& part_size) const noexcept {
    const TextScan key_scan = scan_text(key);
    if (Fault fault = check_param_key(key, key_scan); fault.failed()) return fault;
    for (RedirectParamView param : params()) {
      if (param.key == key) {
        return {Errc::duplicate_param_key, "param key", "repeats the key of an earlier param; keys must be unique"};
      }
    }
    const TextScan value_scan = scan_text(value);
    if (Fault fault = check_param_value(value, value_scan); fault.failed()) return fault;
    const std::size_t joint = param_count_ == 0 ? wire::redirect_params.size() + 1 : wire::encoded_ampersand.size();
    part_size =
        params_part_size_ + joint + param_part_size(key.size(), value.size(), key_scan.escapes + value_scan.escapes);
    const std::size_t size = link_size(fixed_size_, joined(ref_part_size_, part_size));
    return size > max_url_size ? too_long(size) : Fault{};
  }

  void store_param(std::string_view key, std::string_view value, std::size_t part_size) {
    char* out = text_.reserve_tail(param_header_size + key.size() + value.size());  // the only step that can throw
    copy(value, copy(key, out + param_header_size));
    commit_param(out, key.size(), value.size(), part_size);
  }

  void clear_params() noexcept {
    text_.set_size(fixed_size_ + ref_id_size_);
    param_count_ = 0;
    params_part_size_ = 0;
  }

  // Reading a link back: the name's raw value in the link's query, decoded straight onto the
  // end of the fixed part laid out so far (the bytes before the name; nothing after it yet),
  // and kept if it passes check_org_name.
  [[nodiscard]] Fault read_name(std::string_view raw, std::size_t offset, std::string_view field) {
    LEAP_ASSERT(text_.size() == fixed_size_ && name_offset_ == fixed_size_ && name_size_ == 0 &&
                "leap: a name is read onto the end of a fixed part");
    char* out = text_.reserve_tail(raw.size());
    std::size_t size = raw.size();
    if (!check_org_name(raw, field).failed()) {  // a valid name is its own decoding: its bytes stand for themselves
      copy(raw, out);
    } else {
      const DecodeResult decoded = decode_into(raw, Decoding::link_query, out);
      if (decoded.bad != npos) return decode_fault(raw, decoded, "url", offset);
      size = decoded.size;
      if (Fault fault = check_org_name({out, size}, field); fault.failed()) return fault;
    }
    text_.set_size(fixed_size_ + size);
    fixed_size_ += size;
    name_size_ = size;
    return {};
  }

  // Reading a link back: the refId's raw value in the link's query, decoded straight into the
  // buffer and kept if it passes check_ref_id. The link has neither a refId nor params yet.
  [[nodiscard]] Fault read_ref_id(std::string_view raw, std::size_t offset) {
    LEAP_ASSERT(ref_id_size_ == 0 && param_count_ == 0 && "leap: a refId is read before any param");
    char* out = text_.reserve_tail(raw.size());
    std::size_t part_size = 0;
    std::size_t size = raw.size();
    // A short refId as we write it (no byte that enc() escapes) stands for itself; see
    // short_text_size.
    const TextScan scan = raw.size() <= short_text_size ? scan_text(raw) : TextScan{1, false};
    if (scan.escapes == 0) {
      copy(raw, out);
      if (Fault fault = check_ref_id(raw, scan, part_size); fault.failed()) return fault;
    } else {
      const DecodeResult decoded = decode_into(raw, Decoding::link_query, out);
      if (decoded.bad != npos) return decode_fault(raw, decoded, "url", offset);
      size = decoded.size;
      if (Fault fault = check_ref_id({out, size}, part_size); fault.failed()) return fault;
    }
    text_.set_size(text_.size() + size);
    ref_id_size_ = size;
    ref_part_size_ = part_size;
    return {};
  }

  // Reading a link back: one param, its raw key and value form-decoded straight into a new
  // record, kept if they pass check_param. Offsets are of the raw key and value in what
  // `field` names.
  [[nodiscard]] Fault read_param(std::string_view raw_key, std::string_view raw_value, std::string_view field,
                                 std::size_t key_offset, std::size_t value_offset) {
    char* out = text_.reserve_tail(param_header_size + raw_key.size() + raw_value.size());
    char* const key = out + param_header_size;
    const DecodeResult key_size = decode_into(raw_key, Decoding::form, key);
    if (key_size.bad != npos) return decode_fault(raw_key, key_size, field, key_offset);
    const DecodeResult value_size = decode_into(raw_value, Decoding::form, key + key_size.size);
    if (value_size.bad != npos) return decode_fault(raw_value, value_size, field, value_offset);
    std::size_t part_size = 0;
    const std::string_view key_text(key, key_size.size);
    const std::string_view value_text(key + key_size.size, value_size.size);
    if (Fault fault = check_param(key_text, value_text, part_size); fault.failed()) return fault;
    commit_param(out, key_size.size, value_size.size, part_size);
    return {};
  }

  // Writes query_size() bytes: "refId=..." and "additional_redirect_params=...", as present.
  // `limit` is where the link ends: nothing is written past it.
  // A part whose encoded size is its raw size plus its fixed bytes has nothing to escape,
  // and is copied as it is.
  char* write_query(char* out, const char* limit) const noexcept {
    if (const std::optional<std::string_view> ref = ref_id()) {
      out = copy(wire::ref_id, out);
      *out++ = '=';
      out = ref_part_size_ == ref_id_part_size(ref->size(), 0) ? copy(*ref, out) : encode_fast(*ref, out, limit);
    }
    if (param_count_ == 0) return out;
    if (ref_id_size_ != 0) *out++ = '&';
    out = copy(wire::redirect_params, out);
    *out++ = '=';
    if (params_part_size_ == params_part_size_unescaped()) {
      return write_params(out, [](std::string_view s, char* o) { return copy(s, o); });
    }
    return write_params(out, [limit](std::string_view s, char* o) { return encode_twice_fast(s, o, limit); });
  }

  // Equal fields lay out equal buffers.
  friend bool operator==(const LinkFields& a, const LinkFields& b) noexcept {
    return a.fixed_size_ == b.fixed_size_ && a.name_offset_ == b.name_offset_ && a.name_size_ == b.name_size_ &&
           a.ref_id_size_ == b.ref_id_size_ && a.text_.view() == b.text_.view();
  }

  [[nodiscard]] std::size_t hash() const noexcept {
    return std::hash<std::string_view>{}(text_.view()) + 31 * (fixed_size_ + 257 * ref_id_size_);
  }

 private:
  // Keeps the record written at `record` (the buffer's end): header, key, value.
  void commit_param(char* record, std::size_t key_size, std::size_t value_size, std::size_t part_size) noexcept {
    put_param_header(record, key_size, value_size);
    text_.set_size(text_.size() + param_header_size + key_size + value_size);
    ++param_count_;
    params_part_size_ = part_size;
  }

  // The params, joined as additional_redirect_params' value, each key and value written
  // by `put(text, out)`.
  template <class Put>
  char* write_params(char* out, Put put) const noexcept {
    bool first = true;
    for (RedirectParamView param : params()) {
      if (!first) out = copy(wire::encoded_ampersand, out);
      first = false;
      out = put(param.key, out);
      out = copy(wire::encoded_equals, out);
      out = put(param.value, out);
    }
    return out;
  }

  // The params part's size were no byte of any key or value escaped.
  [[nodiscard]] std::size_t params_part_size_unescaped() const noexcept {
    const std::size_t text = text_.size() - fixed_size_ - ref_id_size_ - param_count_ * param_header_size;
    return wire::redirect_params.size() + 1 + text + param_count_ * wire::encoded_equals.size() +
           (param_count_ - 1) * wire::encoded_ampersand.size();
  }

  [[nodiscard]] static constexpr std::size_t joined(std::size_t ref_part, std::size_t params_part) noexcept {
    return ref_part + params_part + (ref_part != 0 && params_part != 0 ? 1 : 0);
  }

  FieldBuffer text_;  // fixed part, refId, param records
  std::size_t fixed_size_ = 0;
  std::size_t name_offset_ = 0;  // in the fixed part
  std::size_t name_size_ = 0;
  std::size_t ref_id_size_ = 0;  // 0: no refId (an empty one is never accepted)
  std::size_t param_count_ = 0;
  std::size_t ref_part_size_ = 0;     // "refId=" enc(refId), or 0
  std::size_t params_part_size_ = 0;  // "additional_redirect_params=" enc(inner), or 0
};

}  // namespace leap::detail

#endif  // LEAP_DETAIL_LINK_FIELDS_HPP
