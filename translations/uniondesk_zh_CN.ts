<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>用户名须为 2 至 32 个字符，只能包含字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>登录失败次数过多，该账号已锁定至 %1。请届时再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>该账号已停用，请联系管理员启用。</translation>
    </message>
    <message>
        <source>The login could not be recorded: %1</source>
        <translation>无法记录本次登录：%1</translation>
    </message>
    <message>
        <source>This user account does not exist.</source>
        <translation>该用户账号不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled administrator; make another user an administrator first, so that someone can still manage the accounts.</source>
        <translation>“%1”是最后一个启用中的管理员；请先将其他用户设为管理员，以确保仍有人能管理账号。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要指定一个值。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run &quot;uniondesk-cli --help&quot; for the commands.</source>
        <translation>请运行 uniondesk-cli --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Usage: uniondesk-cli [--db PATH] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：uniondesk-cli [--db PATH] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  init --org CODE [--tier TIER] [--name NAME] [--admin USER]
                      create a node database for an organisation unit; with --admin,
                      also an administrator whose generated password is printed once</source>
        <translation>  init --org CODE [--tier TIER] [--name NAME] [--admin USER]
                      为组织机构创建节点数据库；指定 --admin 时，
                      同时创建管理员账号，其自动生成的密码只显示一次</translation>
    </message>
    <message>
        <source>  check               check integrity, references and the audit chain</source>
        <translation>  check               检查数据完整性、表间引用和审计链</translation>
    </message>
    <message>
        <source>  backup [--to FILE]  write a consistent copy (default: the backups folder beside the database)</source>
        <translation>  backup [--to FILE]  生成一致的备份副本（默认保存到数据库所在目录的 backups 文件夹）</translation>
    </message>
    <message>
        <source>  restore FILE        verify FILE, then put it in place of the database (the old file is kept)</source>
        <translation>  restore FILE        校验备份文件 FILE，然后用它替换数据库（原文件予以保留）</translation>
    </message>
    <message>
        <source>  validate id|uscc VALUE
                      check a resident ID number or a unified social credit code</source>
        <translation>  validate id|uscc VALUE
                      校验居民身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>  --db PATH           the node database (default: %1)</source>
        <translation>  --db PATH           节点数据库（默认：%1）</translation>
    </message>
    <message>
        <source>  --lang zh_CN|en     language of messages (default: the system&apos;s)</source>
        <translation>  --lang zh_CN|en     提示信息的语言（默认跟随系统）</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 invalid or problems found, 2 wrong command line, 3 failed.</source>
        <translation>退出码：0 完成，1 数据无效或发现问题，2 命令行有误，3 执行失败。</translation>
    </message>
    <message>
        <source>Tiers: city, district, street, enterprise, industry.</source>
        <translation>层级：city 市总工会，district 区总工会，street 街道（乡镇）工会，enterprise 企业工会，industry 产业（行业）工会。</translation>
    </message>
    <message>
        <source>(database schema %1)</source>
        <translation>(数据结构版本 %1)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>init needs --org CODE (the organisation unit&apos;s code, e.g. 110105015).</source>
        <translation>init 命令需要 --org CODE 参数（组织机构代码，如 110105015）。</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;; use city, district, street, enterprise or industry.</source>
        <translation>未知层级“%1”，可用值为 city、district、street、enterprise 或 industry。</translation>
    </message>
    <message>
        <source>%1 already exists; a node database is created only once.</source>
        <translation>%1 已存在；节点数据库只能创建一次。</translation>
    </message>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Created node database %1</source>
        <translation>已创建节点数据库 %1</translation>
    </message>
    <message>
        <source>Node: %1 (%2), organisation unit %3 %4, tier %5</source>
        <translation>节点：%1（%2），组织机构：%3 %4，层级：%5</translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot;, password: %2 (shown once; change it after the first login)</source>
        <translation>管理员账号“%1”的密码（仅显示这一次，请在首次登录后修改）：%2</translation>
    </message>
    <message>
        <source>--size takes a whole number from 0 to 1000000.</source>
        <translation>--size 的值须为 0 至 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 的值须为整数。</translation>
    </message>
    <message>
        <source>Created demo node %1 for %2</source>
        <translation>已为%2创建演示节点 %1</translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot;, password: %2</source>
        <translation>管理员账号“%1”的密码：%2</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 命令不接受参数。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>Audit entries: %1, changes waiting to sync: %2</source>
        <translation>审计记录：%1 条，待同步的更改：%2 项</translation>
    </message>
    <message>
        <source>Check passed: no problems found.</source>
        <translation>检查通过：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n problem(s):</source>
        <translation>
            <numerusform>检查发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>restore needs exactly one backup file.</source>
        <translation>restore 命令需要指定一个（且仅一个）备份文件。</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1</source>
        <translation>被替换的数据库已保留为 %1</translation>
    </message>
    <message>
        <source>validate needs a kind (id or uscc) and a value.</source>
        <translation>validate 命令需要指定类型（id 或 uscc）和待校验的值。</translation>
    </message>
    <message>
        <source>Invalid resident ID number: %1</source>
        <translation>居民身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Valid resident ID number.</source>
        <translation>居民身份证号码有效。</translation>
    </message>
    <message>
        <source>Birth date: %1, sex: %2, area: %3 %4</source>
        <translation>出生日期：%1，性别：%2，地区：%3 %4</translation>
    </message>
    <message>
        <source>Legacy 15-digit number; its 18-digit form is %1</source>
        <translation>这是旧版 15 位号码，对应的 18 位号码为 %1</translation>
    </message>
    <message>
        <source>Invalid unified social credit code: %1</source>
        <translation>统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>Valid unified social credit code.</source>
        <translation>统一社会信用代码有效。</translation>
    </message>
    <message>
        <source>Registration authority: %1</source>
        <translation>登记管理部门：%1</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use id or uscc.</source>
        <translation>未知类型“%1”，请使用 id 或 uscc。</translation>
    </message>
    <message>
        <source>  --version, --help   show the version or this help</source>
        <translation>  --version, --help   显示版本号或本帮助</translation>
    </message>
    <message>
        <source>  demo [--size N] [--seed S]
                      add deterministic demo data (N workers, N/4 employers); on a PATH
                      that does not exist, first create a complete demo node and print
                      its administrator password</source>
        <translation>  demo [--size N] [--seed S]
                      添加可复现的演示数据（N 名职工、N/4 家用人单位）；若 PATH
                      指定的文件不存在，先创建完整的演示节点并显示
                      其管理员密码</translation>
    </message>
    <message>
        <source>Demo data (seed %1): %2 employers and %3 workers added (%4 and %5 already present), %6 enterprise unions, %7 user accounts</source>
        <translation>演示数据（种子 %1）：新增用人单位 %2 家、职工 %3 名（已存在 %4 家、%5 名），企业工会 %6 个，用户账号 %7 个</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source> Did you mean the digit 1?</source>
        <translation>是否应为数字 1？</translation>
    </message>
    <message>
        <source> Did you mean the digit 0?</source>
        <translation>是否应为数字 0？</translation>
    </message>
    <message>
        <source> Did you mean the digit 2?</source>
        <translation>是否应为数字 2？</translation>
    </message>
    <message>
        <source> Did you mean the digit 5?</source>
        <translation>是否应为数字 5？</translation>
    </message>
    <message>
        <source> Did you mean the letter U?</source>
        <translation>是否应为字母 U？</translation>
    </message>
    <message>
        <source>No unified social credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，当前输入为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 is %2, which is never used in a unified social credit code (only digits and capital letters other than I, O, S, V and Z).</source>
        <translation>第 %1 位是%2，统一社会信用代码不使用该字符（只使用数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2. Check the code for a mistyped character; some early codes are genuine but fail this check, so if it matches the business licence exactly, you can accept it and record why.</source>
        <translation>校验码应为 %1，而不是 %2。请检查代码是否有字符输错；部分早期赋予的代码真实有效但无法通过此项校验，如与营业执照上的代码完全一致，可予以接受并记录原因。</translation>
    </message>
    <message>
        <source>Institutional establishment (机构编制)</source>
        <translation>机构编制</translation>
    </message>
    <message>
        <source>Foreign affairs (外交)</source>
        <translation>外交</translation>
    </message>
    <message>
        <source>Judicial administration (司法行政)</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <source>Culture (文化)</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Civil affairs (民政)</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Tourism (旅游)</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Religious affairs (宗教)</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Trade union (工会)</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Market regulation (工商)</source>
        <translation>工商</translation>
    </message>
    <message>
        <source>Military establishment (军队编制)</source>
        <translation>军队编制</translation>
    </message>
    <message>
        <source>Agriculture (农业)</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a UnionDesk database (it is not an SQLite file or it is damaged).</source>
        <translation>%1 不是工会工作台数据库（不是 SQLite 文件，或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a UnionDesk database.</source>
        <translation>%1 是 SQLite 文件，但不是工会工作台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer UnionDesk (schema version %2; this version understands up to %3). Install the newer UnionDesk to open it; the file has not been changed.</source>
        <translation>%1 由更新版本的工会工作台写入（数据结构版本 %2；本版本最高支持 %3）。请安装新版工会工作台后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot configure the database (%1): %2</source>
        <translation>无法配置数据库（%1）：%2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>本版本缺少数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Could not save a copy before upgrading the database: %1</source>
        <translation>升级数据库前未能保存副本：%1</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>无法读取数据库升级脚本 %1。</translation>
    </message>
    <message>
        <source>Migration %1 failed, nothing of it was applied: %2</source>
        <translation>数据库升级脚本 %1 执行失败，其中的更改均未应用：%2</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Broken reference: row %1 of table %2 points to a missing row in %3.</source>
        <translation>引用失效：表 %2 的第 %1 行指向表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Schema version is %1, expected %2.</source>
        <translation>数据结构版本为 %1，应为 %2。</translation>
    </message>
    <message>
        <source>The audit log has been altered at entry %1.</source>
        <translation>审计日志第 %1 条记录已被篡改。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库文件本身。</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Cannot replace the existing file %1.</source>
        <translation>无法替换已有文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 was written by a newer UnionDesk (schema version %2; this version understands up to %3).</source>
        <translation>%1 由更新版本的工会工作台写入（数据结构版本 %2；本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check failed.</source>
        <translation>%1 已损坏：完整性检查未通过。</translation>
    </message>
    <message>
        <source>%1 has broken references between tables.</source>
        <translation>%1 中存在失效的表间引用。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>备份与数据库是同一个文件。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the database (is the disk full?).</source>
        <translation>无法将备份复制到数据库所在目录（磁盘空间是否已满？）。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>事务未处于活动状态。</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a UnionDesk database.</source>
        <translation>%1 是空文件，不是工会工作台数据库。</translation>
    </message>
    <message>
        <source>Cannot rename the current database to keep it; nothing was changed.</source>
        <translation>无法将当前数据库改名保留；未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot replace the database with the restored file; the database was left as it was.</source>
        <translation>无法用恢复的文件替换数据库；数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>The demo size must be between 0 and 1,000,000.</source>
        <translation>演示数据规模须在 0 至 1,000,000 之间。</translation>
    </message>
    <message>
        <source>This database has no node identity yet.</source>
        <translation>此数据库尚未设置节点身份。</translation>
    </message>
    <message>
        <source>The node&apos;s organisation unit %1 is missing from the tree.</source>
        <translation>本节点的组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>There are no streets or townships under %1 to put demo data in.</source>
        <translation>%1 下没有可用于放置演示数据的街道或乡镇。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DivisionCodes</name>
    <message>
        <source>Cannot open the division code list %1: %2</source>
        <translation>无法打开行政区划代码表 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 columns; expected 4 (code, province, prefecture, county).</source>
        <translation>%2 第 %1 行有 %3 列，应为 4 列（代码、省级、地级、县级）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: &quot;%3&quot; is not a six-digit division code.</source>
        <translation>%2 第 %1 行：“%3”不是六位行政区划代码。</translation>
    </message>
</context>
<context>
    <name>NodeIdentity</name>
    <message>
        <source>City federation of trade unions</source>
        <translation>市总工会</translation>
    </message>
    <message>
        <source>District federation of trade unions</source>
        <translation>区总工会</translation>
    </message>
    <message>
        <source>Street/township union</source>
        <translation>街道（乡镇）工会</translation>
    </message>
    <message>
        <source>Enterprise union</source>
        <translation>企业工会</translation>
    </message>
    <message>
        <source>Industry union</source>
        <translation>产业（行业）工会</translation>
    </message>
    <message>
        <source>This database already belongs to a node; it cannot be set up twice.</source>
        <translation>此数据库已属于某个节点，不能重复设置。</translation>
    </message>
    <message>
        <source>The organisation unit %1 is not in the organisation tree.</source>
        <translation>组织机构 %1 不在组织机构树中。</translation>
    </message>
    <message>
        <source>The node could not be set up: %1</source>
        <translation>无法设置节点：%1</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库初始化失败。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>This database has no node identity yet. Set the node up first (uniondesk-cli init).</source>
        <translation>此数据库尚未设置节点身份。请先设置节点（uniondesk-cli init）。</translation>
    </message>
    <message>
        <source>%1 is not a table of records.</source>
        <translation>%1 不是记录表。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>字段“%1”为必填项。</translation>
    </message>
    <message>
        <source>Another record already has the same %1.</source>
        <translation>已有其他记录使用了相同的 %1。</translation>
    </message>
    <message>
        <source>The record refers to something that does not exist.</source>
        <translation>该记录引用了不存在的对象。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>未能保存更改：%1</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>未能写入审计记录：%1</translation>
    </message>
    <message>
        <source>The change could not be queued for sync: %1</source>
        <translation>未能将更改加入同步队列：%1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be set.</source>
        <translation>%1 没有可设置的字段“%2”。</translation>
    </message>
    <message>
        <source>The record %1 does not exist.</source>
        <translation>记录 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be changed.</source>
        <translation>%1 没有可修改的字段“%2”。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere meanwhile (it is now at version %1, the edit started from version %2). Reload it and edit again.</source>
        <translation>此记录在此期间已在别处被修改（当前为版本 %1，本次编辑基于版本 %2）。请重新加载后再编辑。</translation>
    </message>
    <message>
        <source>This record has been deleted; restore it before editing.</source>
        <translation>此记录已被删除，请先恢复再编辑。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere meanwhile. Reload it and edit again.</source>
        <translation>此记录在此期间已在别处被修改。请重新加载后再编辑。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>organisation unit</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>code list</source>
        <translation>代码表</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A value is outside what is allowed; the change was not saved.</source>
        <translation>有数值超出允许范围，更改未保存。</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>Say why the two records are the same; the reason is kept in the audit log.</source>
        <translation>请说明两条记录为何是同一对象；理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>请选择两条不同的记录进行合并。</translation>
    </message>
    <message>
        <source>A deleted or already merged record cannot be merged.</source>
        <translation>已删除或已合并的记录不能再合并。</translation>
    </message>
    <message>
        <source>The two workers have different ID numbers; they are not the same person.</source>
        <translation>两名职工的身份证号码不同，不是同一人。</translation>
    </message>
    <message>
        <source>The two employers have different credit codes; they are not the same employer.</source>
        <translation>两家单位的统一社会信用代码不同，不是同一单位。</translation>
    </message>
    <message>
        <source>Merged into %1 (%2): %3</source>
        <translation>已并入 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Merged from %1 (%2): %3</source>
        <translation>已合并 %1（%2）的信息：%3</translation>
    </message>
    <message>
        <source>Employer %1 merged into %2: %3</source>
        <translation>用人单位 %1 已并入 %2：%3</translation>
    </message>
</context>
<context>
    <name>RegisterValidator</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Hukou type</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason to keep the credit code</source>
        <translation>保留该信用代码的理由</translation>
    </message>
    <message>
        <source>Employer type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Union founded</source>
        <translation>已建工会</translation>
    </message>
    <message>
        <source>Union founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Workers&apos; congress</source>
        <translation>职工代表大会</translation>
    </message>
    <message>
        <source>Open factory affairs</source>
        <translation>厂务公开</translation>
    </message>
    <message>
        <source>Collective bargaining</source>
        <translation>集体协商</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Street/township</source>
        <translation>所在街道（乡镇）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-31.</source>
        <translation>%1：“%2”不是有效日期，请按 2024-03-31 的格式填写。</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1：%2 晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2 is too early.</source>
        <translation>%1：%2 过早，不合常理。</translation>
    </message>
    <message>
        <source>A worker has no field &quot;%1&quot;.</source>
        <translation>职工信息中没有“%1”这一项。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <source>Sex: &quot;%1&quot; is neither male nor female.</source>
        <translation>性别：“%1”既不是男也不是女。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation>出生日期 %1 与身份证号码不符，号码显示为 %2。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number (its 17th digit says %1).</source>
        <translation>性别与身份证号码不符（第 17 位显示为%1）。</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the list.</source>
        <translation>%1：“%2”不在可选范围内。</translation>
    </message>
    <message>
        <source>The employer is not in the register.</source>
        <translation>该工作单位不在登记库中。</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation>联系电话：“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1：“%2”应为“是”或“否”。</translation>
    </message>
    <message>
        <source>An employer has no field &quot;%1&quot;.</source>
        <translation>用人单位信息中没有“%1”这一项。</translation>
    </message>
    <message>
        <source>The employer&apos;s name is required.</source>
        <translation>单位名称为必填项。</translation>
    </message>
    <message>
        <source>Employees: &quot;%1&quot; is not a number of people.</source>
        <translation>职工人数：“%1”不是有效人数。</translation>
    </message>
    <message>
        <source>A union founding date is given, but the employer is marked as having no union.</source>
        <translation>填写了建会日期，但该单位被标记为未建工会。</translation>
    </message>
    <message>
        <source>District: &quot;%1&quot; is not a known district.</source>
        <translation>所在区：“%1”不是已知的区。</translation>
    </message>
    <message>
        <source>Street/township: &quot;%1&quot; is not a known street or township.</source>
        <translation>所在街道（乡镇）：“%1”不是已知的街道或乡镇。</translation>
    </message>
    <message>
        <source>Street/township: &quot;%1&quot; is not in the chosen district.</source>
        <translation>所在街道（乡镇）：“%1”不在所选的区内。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (U+%2, a full-width digit)</source>
        <translation>&apos;%1&apos;（U+%2，全角数字）</translation>
    </message>
    <message>
        <source>No resident ID number was entered.</source>
        <translation>未输入居民身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 on old first-generation cards); this one has %1.</source>
        <translation>居民身份证号码应为 18 位（早期第一代身份证为 15 位），当前输入为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 is %2, but a 15-digit ID number contains only digits.</source>
        <translation>第 %1 位是%2，但 15 位身份证号码只能由数字组成。</translation>
    </message>
    <message>
        <source>The last character is %1, but it must be a digit or X.</source>
        <translation>最后一位是%1，但只能是数字或 X。</translation>
    </message>
    <message>
        <source>Character %1 is %2, but the first 17 characters of an ID number must be digits.</source>
        <translation>第 %1 位是%2，但身份证号码的前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>The first six digits %1 are not a known GB/T 2260 division code.</source>
        <translation>前六位 %1 不是已知的 GB/T 2260 行政区划代码。</translation>
    </message>
    <message>
        <source>Birth date %1 does not exist.</source>
        <translation>出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>Birth date %1 is before %2; check the digits of the date.</source>
        <translation>出生日期 %1 早于 %2，请核对日期的各位数字。</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future (today is %2).</source>
        <translation>出生日期 %1 晚于今天（今天是 %2）。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2. If the last character is right, another digit may be mistyped.</source>
        <translation>校验码应为 %1，而不是 %2。如果最后一位无误，则可能是其他某位数字输错。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this node database.</source>
        <translation>打开此节点数据库。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>ud::AboutDialog</name>
    <message>
        <source>About UnionDesk</source>
        <translation>关于工会工作台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;UnionDesk 工会工作台&lt;/h2&gt;&lt;p&gt;Casework for labour-dispute mediation, collective contracts and hardship-household files.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;UnionDesk 工会工作台&lt;/h2&gt;&lt;p&gt;劳动争议调解、集体合同和困难职工档案业务办理。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt 版本：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation>%1（本程序：%2）</translation>
    </message>
    <message>
        <source>this program: %1</source>
        <translation>本程序：%1</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Node id:</source>
        <translation>节点标识：</translation>
    </message>
    <message>
        <source>Organisation unit:</source>
        <translation>组织机构：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
</context>
<context>
    <name>ud::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New node database…</source>
        <translation>新建节点数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About UnionDesk</source>
        <translation>关于工会工作台(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;UnionDesk 工会工作台&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;UnionDesk 工会工作台&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>No database is open. Create the database of this node (station, district or city union, enterprise union), or open an existing one.</source>
        <translation>尚未打开数据库。请为本节点（工会服务站、区总工会或市总工会、企业工会）创建数据库，或打开已有的数据库。</translation>
    </message>
    <message>
        <source>Create a node database…</source>
        <translation>创建节点数据库…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>UnionDesk — %1</source>
        <translation>工会工作台 — %1</translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation>工会工作台</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>未设置节点</translation>
    </message>
    <message>
        <source>%1 has not been set up as a node yet.</source>
        <translation>%1 尚未设置为节点。</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>每日备份已保存到 %1</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>Schema version %1 · %2 audit entries · %3 changes waiting to sync</source>
        <translation>数据结构版本 %1 · 审计记录 %2 条 · 待同步的更改 %3 项</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Restore the latest good backup or contact support.</source>
        <translation>
            <numerusform>检查发现 %n 个问题。请恢复最近一份正常的备份，或联系技术支持。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the database to restore into first.</source>
        <translation>请先打开要恢复到的数据库。</translation>
    </message>
    <message>
        <source>Restored. The replaced file was kept as %1</source>
        <translation>已恢复。被替换的文件已保留为 %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>UnionDesk database (*.db)</source>
        <translation>工会工作台数据库 (*.db)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Replace the open database with %1?

Schema version %2, node %3, %4 KB.
The current file is kept beside it, nothing is deleted.</source>
        <translation>是否用 %1 替换当前打开的数据库？

数据结构版本 %2，节点 %3，%4 KB。
当前文件将保留在同一目录中，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
</context>
<context>
    <name>ud::NewNodeDialog</name>
    <message>
        <source>New node database</source>
        <translation>新建节点数据库</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <source>UnionDesk database (*.db)</source>
        <translation>工会工作台数据库 (*.db)</translation>
    </message>
    <message>
        <source>Name or code, e.g. 八里庄 or 110105</source>
        <translation>名称或代码，如“八里庄”或“110105”</translation>
    </message>
    <message>
        <source>Defaults to the organisation unit&apos;s name</source>
        <translation>默认使用组织机构名称</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Organisation unit:</source>
        <translation>组织机构(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation>请选择数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Pick the organisation unit this node serves from the list.</source>
        <translation>请从列表中选择本节点服务的组织机构。</translation>
    </message>
</context>
<context>
    <name>ud::OrgTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>ud::OrgUnitDialog</name>
    <message>
        <source>Edit organisation unit</source>
        <translation>编辑组织机构</translation>
    </message>
    <message>
        <source>Add organisation unit</source>
        <translation>添加组织机构</translation>
    </message>
    <message>
        <source>Area code, or the union&apos;s unified social credit code</source>
        <translation>行政区划代码，或工会的统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason to keep the code:</source>
        <translation>保留此代码的理由：</translation>
    </message>
    <message>
        <source>Under:</source>
        <translation>上级单位：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全称(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>全称为必填项。</translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation>代码为必填项。</translation>
    </message>
    <message>
        <source>%1 To keep this code anyway, give a reason (it is recorded).</source>
        <translation>%1如仍要保留此代码，请填写理由（理由将被记录）。</translation>
    </message>
    <message>
        <source>Area codes have 6, 9 or 12 digits (GB/T 2260 and the statistical division code).</source>
        <translation>区划代码为 6 位、9 位或 12 位数字（GB/T 2260 行政区划代码及统计用区划代码）。</translation>
    </message>
</context>
<context>
    <name>ud::OrgUnitsPage</name>
    <message>
        <source>Search units by name or code (e.g. 朝阳 or 110105)</source>
        <translation>按名称或代码搜索单位（如“朝阳”或“110105”）</translation>
    </message>
    <message>
        <source>&amp;Add unit under this…</source>
        <translation>添加下级单位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Change history:</source>
        <translation>变更历史：</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a unit in the tree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在组织机构树中选择一个单位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Code: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Tier: %3&lt;br&gt;Place in the tree: %4&lt;br&gt;Version: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;代码：&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;层级：%3&lt;br&gt;在机构树中的位置：%4&lt;br&gt;版本：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1  %2 by %3 (version %4)</source>
        <translation>%1  %2，操作人：%3（版本 %4）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Why is this unit being deleted? (recorded in the audit log)</source>
        <translation>删除该单位的原因（将记入审计日志）：</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>No changes recorded for this unit (bundled reference data).</source>
        <translation>该单位没有变更记录（随软件提供的基础数据）。</translation>
    </message>
</context>
<context>
    <name>ud::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The &quot;backups&quot; folder beside the database</source>
        <translation>数据库所在目录下的 backups 文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
</context>
</TS>
