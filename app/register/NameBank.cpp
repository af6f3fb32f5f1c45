#include "register/NameBank.h"

#include <QStringList>

namespace ud {

namespace {

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Common surnames roughly by frequency; the first ones are drawn more often.
const QStringList &surnames()
{
    static const QStringList s = split(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 "
        "余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 "
        "史 黎 贺 顾 毛 郝 龚 邵 万 钱 武 戴 孔 汤 庞 樊 兰 殷 施 陶 洪 翟 安 颜 倪 严 牛 温 季 俞 章 鲁 葛 伍 申 尤 毕 聂 欧阳 司马");
    return s;
}

const QStringList &givenChars()
{
    static const QStringList s = split(
        "伟 芳 娜 秀 英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 桂 华 建 国 文 辉 玉 兰 红 志 海 燕 鹏 飞 宇 浩 凯 "
        "婷 雪 琳 晨 欣 悦 子 涵 梓 轩 博 睿 思 佳 雨 欢 一 诺 嘉 俊 晓 春 永 宏 家 德 庆 福 成 东 林 荣 宁 慧 颖 倩 淑 珍 "
        "凤 莉 萍 斌 彬 亮 鑫 峰 波 伦 辰 航 阳 旭 瑞 琪");
    return s;
}

const QStringList &brandWords()
{
    static const QStringList s = split(
        "华联 鑫达 宏远 盛世 东方 京华 百川 恒通 金桥 永安 中兴 天和 顺达 瑞丰 嘉禾 新元 博远 安泰 祥和 汇通 长城 正阳 "
        "朝晖 广源 泰和 利民 康宁 兴业 合力 万通 佳园 晨光 四方 北辰 华夏 众诚 德润 昌盛 鼎信 恒昌");
    return s;
}

const QStringList &tradeWords()
{
    static const QStringList s = split(
        "建筑工程 餐饮管理 物业管理 电子科技 物流 商贸 机械制造 服装 食品 汽车服务 软件技术 装饰工程 保安服务 家政服务 "
        "快递 酒店管理 医药 印刷 环保科技 信息技术 劳务派遣 超市 建材 文化传媒 教育咨询");
    return s;
}

const QStringList &roadNames()
{
    static const QStringList s = split(
        "朝阳路 青年路 八里庄路 延静里 十里堡 甘露园 红庙北里 石佛营 水碓子 金台路 团结湖路 农展馆南路 东三环中路 "
        "光华路 建国路 慈云寺 姚家园路 远洋天地 珠江帝景 华纺易城");
    return s;
}

} // namespace

QString NameBank::personName()
{
    // Bias towards common surnames: draw twice, keep the smaller index.
    const int a = pick(static_cast<int>(surnames().size()));
    const int b = pick(static_cast<int>(surnames().size()));
    QString name = surnames().at(qMin(a, b));
    const int len = pick(10) < 7 ? 2 : 1;
    for (int i = 0; i < len; ++i)
        name += givenChars().at(pick(static_cast<int>(givenChars().size())));
    return name;
}

QString NameBank::companyName(const QString &cityPrefix)
{
    static const QStringList forms = split("有限公司 有限责任公司 股份有限公司 有限公司 有限公司");
    return cityPrefix + brandWords().at(pick(static_cast<int>(brandWords().size())))
           + tradeWords().at(pick(static_cast<int>(tradeWords().size()))) + forms.at(pick(static_cast<int>(forms.size())));
}

QString NameBank::streetAddress(const QString &areaName)
{
    return QStringLiteral("%1%2%3号").arg(areaName, roadNames().at(pick(static_cast<int>(roadNames().size())))).arg(1 + pick(300));
}

} // namespace ud
