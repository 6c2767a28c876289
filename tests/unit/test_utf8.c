/* UTF-8 decoding and validation, code point counts and display width (CJK is two columns). */
#include "unit.h"
#include "base/utf8.h"

int main(void) {
    uint32_t cp;
    CHECK(utf8_decode((const unsigned char *)"A", 1, &cp) == 1 && cp == 'A');
    CHECK(utf8_decode((const unsigned char *)"项", 3, &cp) == 3 && cp == 0x9879);
    CHECK(utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600);
    /* Invalid: a lone continuation byte, an overlong '/', a surrogate, beyond U+10FFFF, cut short. */
    CHECK(utf8_decode((const unsigned char *)"\x80", 1, &cp) == 0);
    CHECK(utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp) == 0);
    CHECK(utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp) == 0);
    CHECK(utf8_decode((const unsigned char *)"\xF4\x90\x80\x80", 4, &cp) == 0);
    CHECK(utf8_decode((const unsigned char *)"\xE9\xA1", 2, &cp) == 0);
    CHECK(utf8_decode((const unsigned char *)"\xFF", 1, &cp) == 0);
    /* validate finds the first bad byte, also after a long ASCII run. */
    CHECK(utf8_validate("项目 A", strlen("项目 A")) == strlen("项目 A"));
    CHECK(utf8_validate("abc\xFFxyz", 7) == 3);
    CHECK(utf8_validate("abcdefghijklmnop\x80", 17) == 16);
    CHECK(utf8_validate("\xE9\xA1", 2) == 0);
    /* GBK/GB18030 text is told apart from UTF-8 with a stray byte. 项目 测试 in GB18030: */
    const char *gbk = "\xCF\xEE\xC4\xBF \xB2\xE2\xCA\xD4 {\n}\n";
    CHECK(!looks_like_gb18030("\xCF\xEE {}", 5));                                       /* too little to tell */
    const char *stray = "项目 甲乙 \xE9" "A \xE9" "B \xE9" "C \xE9" "D"; /* stray bytes among UTF-8 */
    CHECK(!looks_like_gb18030(stray, strlen(stray)));
    CHECK(looks_like_gb18030(gbk, strlen(gbk)));
    CHECK(!looks_like_gb18030("项目 测试 {\n}\n", strlen("项目 测试 {\n}\n")));       /* valid UTF-8 */
    CHECK(!looks_like_gb18030("项目 测试 \xFF {\n}", strlen("项目 测试 \xFF {\n}")));  /* one stray byte */
    CHECK(!looks_like_gb18030("abc\xFF", 4));                                            /* FF is never GB18030 */
    CHECK(!looks_like_gb18030("abc\xCF", 4));                                            /* cut short */
    CHECK(looks_like_gb18030("\x81\x30\x81\x30\x81\x30\x81\x30", 8));                  /* four-byte sequences */
    /* Encoding round trip. */
    char buf[4];
    CHECK(utf8_encode(0x3000, buf) == 3 && memcmp(buf, "\u3000", 3) == 0);
    CHECK(utf8_encode(0x1F600, buf) == 4 && utf8_decode((unsigned char *)buf, 4, &cp) == 4 && cp == 0x1F600);
    /* Code points, not bytes: columns in diagnostics count these. */
    CHECK(utf8_count("案件办理率", strlen("案件办理率")) == 5);
    CHECK(utf8_count("≥90%", strlen("≥90%")) == 4);
    /* Display width: CJK ideographs, fullwidth forms and the ideographic space are two
     * columns; ASCII, ≥ and combining marks are one and zero. */
    CHECK(display_width("abc", 3) == 3);
    CHECK(display_width("案件办理率", strlen("案件办理率")) == 10);
    CHECK(display_width("≥90%", strlen("≥90%")) == 4);
    CHECK(display_width("＝100％", strlen("＝100％")) == 7);
    CHECK(display_width("（人次）", strlen("（人次）")) == 8);
    CHECK(display_width("\u3000", 3) == 2);
    CHECK(display_width("e\u0301", 3) == 1);
    CHECK(display_width("\t", 1) == 4);
    CHECK(codepoint_width(0x4E00) == 2 && codepoint_width(0x9FFF) == 2 && codepoint_width(0x20000) == 2);
    CHECK(codepoint_width(0x00B7) == 1); /* · is narrow */
    CHECK(is_cjk_ideograph(0x9879) && !is_cjk_ideograph('A') && !is_cjk_ideograph(0x3001));
    TEST_DONE("utf8");
}
