#pragma once

#include <QString>
#include <QtGlobal>

namespace ud {

// Amounts in Chinese capital numerals (中文大写金额), as written on agreements, receipts and
// cheques, following the rules of 《正确填写票据和结算凭证的基本规定》 (People's Bank of China):
//  - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, then 元角分; 10–19 yuan keep the 壹 (壹拾伍元);
//  - one 零 for each run of zeros between two non-zero digits (1,409 → 壹仟肆佰零玖元;
//    6,007 → 陆仟零柒元; 100,500 → 壹拾万零伍佰元);
//  - 整 after 元 when there is no 角 and no 分 (壹佰元整); nothing after 角 or 分 (壹元伍角);
//  - 零 after 元 when 角 is zero and 分 is not (1.05 → 壹元零伍分); where the rules make a 零 optional
//    (元 digit zero and 角 non-zero: 1,680.32) none is written (壹仟陆佰捌拾元叁角贰分);
//  - amounts below one yuan have no 元 part (0.50 → 伍角, 0.01 → 壹分); zero is 零元整;
//  - a negative amount is prefixed with 负.
// Amounts are integer fen, as everywhere in UnionDesk (design §3).
class ChineseAmount
{
public:
    static QString capital(qint64 fen);

    // Ordinary (lower-case) numerals for numbering terms and copies: 1 → 一, 10 → 十, 12 → 十二,
    // 20 → 二十, 105 → 一百零五. n must be 1..9999; anything else is returned in Arabic digits.
    static QString numeral(int n);
};

} // namespace ud
