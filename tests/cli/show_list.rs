//! Tests of `show_list`.
