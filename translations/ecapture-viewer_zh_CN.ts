<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportRange</name>
    <message>
        <source>Enter numbers such as 1-10,15</source>
        <translation>请输入编号，例如 1-10,15</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a range of numbers (1-10, 15, 20-)</source>
        <translation>“%1”不是编号或编号范围（1-10、15、20-）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range ends before it starts</source>
        <translation>“%1”：范围的结束在开始之前</translation>
    </message>
</context>
<context>
    <name>HttpFields</name>
    <message>
        <source> (interim)</source>
        <translation>（临时响应）</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 request (headers unknown)</source>
        <translation>HTTP/2 流 %1 请求（头部未知）</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 request (method unknown)</source>
        <translation>HTTP/2 流 %1 请求（方法未知）</translation>
    </message>
    <message>
        <source> (headers unknown)</source>
        <translation>（头部未知）</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 response (headers unknown)</source>
        <translation>HTTP/2 流 %1 响应（头部未知）</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 response (status unknown)</source>
        <translation>HTTP/2 流 %1 响应（状态未知）</translation>
    </message>
    <message>
        <source>Continuation of frame %1</source>
        <translation>帧 %1 的延续</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>延续</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Captures and frame logs (*.ecvcap *.jsonl);;eCapture Viewer captures (*.ecvcap);;Frame logs (*.jsonl);;All files (*)</source>
        <translation>抓包文件和帧日志 (*.ecvcap *.jsonl);;eCapture Viewer 抓包文件 (*.ecvcap);;帧日志 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>HTTP 5xx</source>
        <translation>HTTP 5xx</translation>
    </message>
    <message>
        <source>HTTP 4xx</source>
        <translation>HTTP 4xx</translation>
    </message>
    <message>
        <source>Undecodable</source>
        <translation>无法解码</translation>
    </message>
    <message>
        <source>Connect and close</source>
        <translation>连接与关闭</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>not a hex string: give pairs of hex digits, e.g. 47 45 54</source>
        <translation>不是十六进制字符串：请输入成对的十六进制数字，例如 47 45 54</translation>
    </message>
</context>
<context>
    <name>RolesNote</name>
    <message>
        <source>which side this process is was inferred (from the bytes, else its other connections)</source>
        <translation>本进程是哪一端为推断（依据字节，否则依据其其他连接）</translation>
    </message>
    <message>
        <source>which side this process is comes from the bytes</source>
        <translation>本进程是哪一端由字节判定</translation>
    </message>
    <message>
        <source>client → server from the connect/accept event #%1 (eCapture prints its tuple client → server); %2</source>
        <translation>客户端 → 服务端由 connect/accept 事件 #%1 确定（eCapture 按客户端 → 服务端打印其四元组）；%2</translation>
    </message>
    <message>
        <source>client/server side inferred</source>
        <translation>客户端/服务端为推断</translation>
    </message>
    <message>
        <source>client → server from eCapture&apos;s uuid tuple; sender from its event type %1 (%2)</source>
        <translation>客户端 → 服务端取自 eCapture 的 uuid 四元组；发送方取自其事件类型 %1（%2）</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>client → server from eCapture&apos;s tuple; %1</source>
        <translation>客户端 → 服务端取自 eCapture 的四元组；%1</translation>
    </message>
</context>
<context>
    <name>ecv::CaptureFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>truncated file header</source>
        <translation>文件头被截断</translation>
    </message>
    <message>
        <source>truncated record header</source>
        <translation>记录头被截断</translation>
    </message>
    <message>
        <source>bad record length %1</source>
        <translation>记录长度 %1 无效</translation>
    </message>
    <message>
        <source>truncated record</source>
        <translation>记录被截断</translation>
    </message>
    <message>
        <source>CRC mismatch</source>
        <translation>CRC 校验不符</translation>
    </message>
    <message>
        <source>record is not a CaptureRecord</source>
        <translation>记录不是 CaptureRecord</translation>
    </message>
    <message>
        <source>record at offset %1: %2</source>
        <translation>偏移 %1 处的记录：%2</translation>
    </message>
    <message>
        <source>capture file not open</source>
        <translation>捕获文件未打开</translation>
    </message>
    <message>
        <source>cannot read record header</source>
        <translation>无法读取记录头</translation>
    </message>
    <message>
        <source>bad record length</source>
        <translation>记录长度无效</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ecv::CaptureStore</name>
    <message>
        <source>payload not readable from the capture file: %1</source>
        <translation>无法从捕获文件读取载荷：%1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>no capture to save</source>
        <translation>没有可保存的捕获</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot create a temporary capture file: %1</source>
        <translation>无法创建临时捕获文件：%1</translation>
    </message>
</context>
<context>
    <name>ecv::ColoringRulesDialog</name>
    <message>
        <source>Coloring Rules</source>
        <translation>着色规则</translation>
    </message>
    <message>
        <source>Rows are coloured by the first enabled rule whose display filter they pass.</source>
        <translation>每行按第一个通过其显示过滤器的已启用规则着色。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Foreground…</source>
        <translation>前景色…</translation>
    </message>
    <message>
        <source>Background…</source>
        <translation>背景色…</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Background of “%1”</source>
        <translation>“%1”的背景色</translation>
    </message>
    <message>
        <source>Foreground of “%1”</source>
        <translation>“%1”的前景色</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ecv::ConnectionBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>ws://127.0.0.1:28257/ (eCapture --ecaptureq)</source>
        <translation>ws://127.0.0.1:28257/ (eCapture --ecaptureq)</translation>
    </message>
    <message>
        <source>Address of eCapture&apos;s --ecaptureq WebSocket server</source>
        <translation>eCapture --ecaptureq WebSocket 服务器地址</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Show a built-in recorded stream (no eCapture needed)</source>
        <translation>播放内置的录制数据流（无需 eCapture）</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>%1 秒后重连</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>ecv::DetailPane</name>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>帧编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time source</source>
        <translation>时间来源</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>载荷格式</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>File descriptor</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>client/server side inferred</source>
        <translation>客户端/服务端为推断</translation>
    </message>
    <message>
        <source>eCapture fields (as sent)</source>
        <translation>eCapture 原始字段</translation>
    </message>
    <message>
        <source>Wire era</source>
        <translation>协议版本</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>tuple</source>
        <translation>tuple</translation>
    </message>
    <message>
        <source>Retvalue</source>
        <translation>Retvalue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Select an event to see its bytes.</source>
        <translation>选择一个事件以查看其字节。</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>仅显示前 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) not valid UTF-8, shown as %1</source>
        <translation>
            <numerusform>%n 个字节不是有效的 UTF-8，显示为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Follow Stream</source>
        <translation>跟踪流</translation>
    </message>
    <message>
        <source>lines over %1 characters broken at %2</source>
        <translation>超过 %1 个字符的行在 %2 处换行</translation>
    </message>
    <message>
        <source>%1 bytes, decoded from eCapture&apos;s hex.Dump text (%2 bytes)</source>
        <translation>%1 字节，由 eCapture 的 hex.Dump 文本解码（%2 字节）</translation>
    </message>
</context>
<context>
    <name>ecv::DisplayFilter</name>
    <message>
        <source>`)` at column %1 has no matching `(`</source>
        <translation>第 %1 列的 `)` 没有匹配的 `(`</translation>
    </message>
    <message>
        <source>expected an operator such as `==` after `%1` at column %2</source>
        <translation>第 %2 列：`%1` 之后应为运算符，例如 `==`</translation>
    </message>
    <message>
        <source>unexpected `%1` at column %2: expected `and`, `or` or the end of the filter</source>
        <translation>第 %2 列出现意外的 `%1`：此处应为 `and`、`or` 或过滤器结尾</translation>
    </message>
    <message>
        <source>the filter nests more than %1 levels deep at column %2</source>
        <translation>第 %2 列：过滤器嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected `)` at column %1 to close the `(` at column %2</source>
        <translation>第 %1 列应为 `)`，以闭合第 %2 列的 `(`</translation>
    </message>
    <message>
        <source>expected a field name at column %1</source>
        <translation>第 %1 列应为字段名</translation>
    </message>
    <message>
        <source>expected a field name after `%1` at column %2</source>
        <translation>第 %2 列：`%1` 之后应为字段名</translation>
    </message>
    <message>
        <source>`%1()` takes a field, not another function, at column %2</source>
        <translation>第 %2 列：`%1()` 的参数应为字段，而不是另一个函数</translation>
    </message>
    <message>
        <source>expected `)` at column %1 to close `%2(`</source>
        <translation>第 %1 列应为 `)`，以闭合 `%2(`</translation>
    </message>
    <message>
        <source>expected a slice such as `[0:4]` at column %1</source>
        <translation>第 %1 列应为切片，例如 `[0:4]`</translation>
    </message>
    <message>
        <source>the slice `%1` is out of range at column %2</source>
        <translation>第 %2 列：切片 `%1` 超出范围</translation>
    </message>
    <message>
        <source>the slice `%1` ends before it starts at column %2</source>
        <translation>第 %2 列：切片 `%1` 的结束位置在起始位置之前</translation>
    </message>
    <message>
        <source>expected a value after `%1` at column %2</source>
        <translation>第 %2 列：`%1` 之后应为一个值</translation>
    </message>
    <message>
        <source>expected `{` or `(` after `%1` at column %2</source>
        <translation>第 %2 列：`%1` 之后应为 `{` 或 `(`</translation>
    </message>
    <message>
        <source>expected `%1` at column %2 to close the set at column %3</source>
        <translation>第 %2 列应为 `%1`，以闭合第 %3 列的集合</translation>
    </message>
    <message>
        <source>expected a value in the set at column %1</source>
        <translation>第 %1 列：集合中应为一个值</translation>
    </message>
    <message>
        <source>expected a value after `..` at column %1</source>
        <translation>第 %1 列：`..` 之后应为一个值</translation>
    </message>
    <message>
        <source>the set at column %1 is empty</source>
        <translation>第 %1 列的集合为空</translation>
    </message>
    <message>
        <source>the filter has more than %1 tests at column %2</source>
        <translation>第 %2 列：过滤器包含超过 %1 个条件</translation>
    </message>
    <message>
        <source>a whole SQL statement is not a display filter: write only the condition of its WHERE clause (column 1)</source>
        <translation>完整的 SQL 语句不是显示过滤器：请只写出其 WHERE 子句中的条件（第 1 列）</translation>
    </message>
    <message>
        <source>a whole SQL statement is not a display filter: write only its condition, `%1` (column 1)</source>
        <translation>完整的 SQL 语句不是显示过滤器：请只写出其条件 `%1`（第 1 列）</translation>
    </message>
    <message>
        <source>`\%1` needs %2 hex digits at column %3</source>
        <translation>第 %3 列：`\%1` 需要 %2 位十六进制数字</translation>
    </message>
    <message>
        <source>unterminated string starting at column %1</source>
        <translation>从第 %1 列开始的字符串没有结束</translation>
    </message>
    <message>
        <source>unexpected `%1` at column %2: write `%3`</source>
        <translation>第 %2 列出现意外的 `%1`：请写作 `%3`</translation>
    </message>
    <message>
        <source>unexpected character `%1` at column %2</source>
        <translation>第 %2 列出现意外的字符 `%1`</translation>
    </message>
    <message>
        <source>a bare `%1` only tests that the field is present; write `%1 == true` to test its value</source>
        <translation>单独的 `%1` 只检查该字段是否存在；要检查它的值，请写 `%1 == true`</translation>
    </message>
    <message>
        <source>unknown field `%1` at column %2</source>
        <translation>第 %2 列：未知字段 `%1`</translation>
    </message>
    <message>
        <source>unknown field `%1` at column %2 (did you mean `%3`?)</source>
        <translation>第 %2 列：未知字段 `%1`（是否想输入 `%3`？）</translation>
    </message>
    <message>
        <source>a slice applies to bytes or text, not to `%1` (%2), at column %3</source>
        <translation>第 %3 列：切片只适用于字节或文本，不适用于 `%1`（%2）</translation>
    </message>
    <message>
        <source>lower() and upper() apply to text, not to `%1` (%2), at column %3</source>
        <translation>第 %3 列：lower() 和 upper() 只适用于文本，不适用于 `%1`（%2）</translation>
    </message>
    <message>
        <source>len() applies to bytes or text, not to `%1` (%2), at column %3</source>
        <translation>第 %3 列：len() 只适用于字节或文本，不适用于 `%1`（%2）</translation>
    </message>
    <message>
        <source>`%1` applies to text or bytes, not to `%2` (%3), at column %4</source>
        <translation>第 %4 列：`%1` 只适用于文本或字节，不适用于 `%2`（%3）</translation>
    </message>
    <message>
        <source>`%1` does not apply to `%2` (boolean) at column %3: use `==`</source>
        <translation>第 %3 列：`%1` 不适用于 `%2`（布尔值）：请使用 `==`</translation>
    </message>
    <message>
        <source>`%1` at column %2 compares `%3` as text, character by character, not as a number</source>
        <translation>第 %2 列的 `%1` 将 `%3` 作为文本逐字符比较，而不是作为数字比较</translation>
    </message>
    <message>
        <source>`%1` can have several values: `!=` at column %2 holds when none of them equals (write `!(%1 == …)` to say so)</source>
        <translation>`%1` 可能有多个值：第 %2 列的 `!=` 仅在没有任何值相等时成立（可写作 `!(%1 == …)` 以明确表达）</translation>
    </message>
    <message>
        <source>`%1` takes one value at column %2</source>
        <translation>第 %2 列：`%1` 只接受一个值</translation>
    </message>
    <message>
        <source>%1 is not a time such as &quot;2026-11-29 14:00:00&quot; at column %2</source>
        <translation>第 %2 列：%1 不是时间，时间应形如 &quot;2026-11-29 14:00:00&quot;</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds at column %2</source>
        <translation>第 %2 列：%1 不是秒数</translation>
    </message>
    <message>
        <source>%1 is not true or false at column %2</source>
        <translation>第 %2 列：%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>%1 is not a number (`%2` is %3) at column %4</source>
        <translation>第 %4 列：%1 不是数字（`%2` 的类型是 %3）</translation>
    </message>
    <message>
        <source>a range needs numbers at column %1</source>
        <translation>第 %1 列：范围需要数字</translation>
    </message>
    <message>
        <source>invalid regular expression at column %1: %2</source>
        <translation>第 %1 列：无效的正则表达式：%2</translation>
    </message>
    <message>
        <source>the range at column %1 ends before it starts</source>
        <translation>第 %1 列的范围结束值小于起始值</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or network at column %2</source>
        <translation>第 %2 列：%1 不是 IPv4 或 IPv6 地址或网段</translation>
    </message>
    <message>
        <source>`%1` does not apply to a network at column %2</source>
        <translation>第 %2 列：`%1` 不适用于网段</translation>
    </message>
</context>
<context>
    <name>ecv::DisplayFilterBar</name>
    <message>
        <source>Saved filters: save this filter as a button, remove buttons</source>
        <translation>已保存的过滤器：将此过滤器保存为按钮，或删除按钮</translation>
    </message>
    <message>
        <source>Save this Filter as a Button…</source>
        <translation>将此过滤器保存为按钮…</translation>
    </message>
    <message>
        <source>Remove Button</source>
        <translation>删除按钮</translation>
    </message>
    <message>
        <source>Apply a display filter … &lt;Ctrl-/&gt;   e.g. http.host contains &quot;api&quot; &amp;&amp; tcp.dstport in {80 443}</source>
        <translation>应用显示过滤器 … &lt;Ctrl-/&gt;   例如 http.host contains &quot;api&quot; &amp;&amp; tcp.dstport in {80 443}</translation>
    </message>
    <message>
        <source>Recent display filters</source>
        <translation>最近的显示过滤器</translation>
    </message>
    <message>
        <source>Apply this filter (Enter)</source>
        <translation>应用此过滤器（Enter）</translation>
    </message>
    <message>
        <source>Save Filter Button</source>
        <translation>保存过滤器按钮</translation>
    </message>
    <message>
        <source>Button label:</source>
        <translation>按钮标签：</translation>
    </message>
</context>
<context>
    <name>ecv::EventColumns</name>
    <message>
        <source>HTTP/2 frames (eCapture text rendering)</source>
        <translation>HTTP/2 帧（eCapture 文本呈现）</translation>
    </message>
</context>
<context>
    <name>ecv::EventFinder</name>
    <message>
        <source>nothing to find</source>
        <translation>没有要查找的内容</translation>
    </message>
</context>
<context>
    <name>ecv::EventListModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间 (秒)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ecv::EventNormalizer</name>
    <message>
        <source>unusable event timestamp %1</source>
        <translation>事件时间戳 %1 不可用</translation>
    </message>
    <message>
        <source>unusable printed time %1</source>
        <translation>打印的时间 %1 不可用</translation>
    </message>
</context>
<context>
    <name>ecv::EventText</name>
    <message>
        <source>length says %1, payload has %2 bytes</source>
        <translation>长度字段为 %1，载荷有 %2 字节</translation>
    </message>
    <message>
        <source>text declares %1 data bytes, payload holds %2</source>
        <translation>文本声明 %1 个数据字节，载荷包含 %2 个</translation>
    </message>
    <message>
        <source>query truncated by eCapture: %1 of %2 bytes</source>
        <translation>查询被 eCapture 截断：%2 字节中的 %1</translation>
    </message>
</context>
<context>
    <name>ecv::Export</name>
    <message>
        <source>shell commands</source>
        <translation>shell 命令</translation>
    </message>
    <message>
        <source>database queries</source>
        <translation>数据库查询</translation>
    </message>
    <message>
        <source>connect notices</source>
        <translation>连接通知</translation>
    </message>
    <message>
        <source>data notices without bytes</source>
        <translation>不含字节的数据通知</translation>
    </message>
    <message>
        <source>data events without bytes</source>
        <translation>不含字节的数据事件</translation>
    </message>
    <message>
        <source>events of unknown kind</source>
        <translation>未知种类的事件</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <source>%1: not a regular file (a directory, FIFO or device); exports go to regular files or to stdout (-)</source>
        <translation>%1：不是普通文件（而是目录、FIFO 或设备）；导出只能写入普通文件或标准输出（-）</translation>
    </message>
    <message>
        <source>the capture file format is written to a file, not a stream</source>
        <translation>捕获文件格式只能写入文件，不能写入流</translation>
    </message>
    <message>
        <source>stdout: %1</source>
        <translation>标准输出：%1</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>输出未以写入方式打开</translation>
    </message>
    <message>
        <source>cannot create an output stream for libpcap</source>
        <translation>无法为 libpcap 创建输出流</translation>
    </message>
    <message>
        <source>libpcap: pcap_open_dead failed</source>
        <translation>libpcap：pcap_open_dead 失败</translation>
    </message>
    <message>
        <source>libpcap: %1</source>
        <translation>libpcap：%1</translation>
    </message>
    <message>
        <source>the pcap file was not started</source>
        <translation>pcap 文件尚未开始</translation>
    </message>
    <message>
        <source>libpcap: flush failed</source>
        <translation>libpcap：刷新失败</translation>
    </message>
    <message>
        <source>packet for interface %1, which was not described</source>
        <translation>分组属于未描述的接口 %1</translation>
    </message>
</context>
<context>
    <name>ecv::ExportActions</name>
    <message>
        <source>&amp;Export Specified Events…</source>
        <translation>导出指定事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Objects</source>
        <translation>导出对象(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;HTTP…</source>
        <translation>&amp;HTTP…</translation>
    </message>
    <message>
        <source>&amp;Mark/Unmark Event</source>
        <translation>标记/取消标记事件(&amp;M)</translation>
    </message>
    <message>
        <source>Mark All &amp;Displayed</source>
        <translation>标记所有显示的事件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unmark All</source>
        <translation>取消所有标记(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Next Mark</source>
        <translation>下一个标记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Mark</source>
        <translation>上一个标记(&amp;P)</translation>
    </message>
    <message>
        <source>No marked event after this one</source>
        <translation>此事件之后没有已标记的事件</translation>
    </message>
    <message>
        <source>No marked event before this one</source>
        <translation>此事件之前没有已标记的事件</translation>
    </message>
</context>
<context>
    <name>ecv::ExportDialog</name>
    <message>
        <source>Export Specified Events</source>
        <translation>导出指定事件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>All &amp;captured</source>
        <translation>所有捕获的(&amp;C)</translation>
    </message>
    <message>
        <source>All &amp;displayed</source>
        <translation>所有显示的(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>选中的(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Marked</source>
        <translation>已标记的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;First to last marked</source>
        <translation>从第一个到最后一个标记(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>1-10,15 (numbers of the No. column)</source>
        <translation>1-10,15（“序号”列中的编号）</translation>
    </message>
    <message>
        <source>pcapng: Wireshark, every packet commented with its process</source>
        <translation>pcapng：Wireshark，每个数据包注释其进程</translation>
    </message>
    <message>
        <source>pcap: classic libpcap file, no comments</source>
        <translation>pcap：经典 libpcap 文件，无注释</translation>
    </message>
    <message>
        <source>HAR 1.2: HTTP exchanges (browsers, HTTP Toolkit, Fiddler)</source>
        <translation>HAR 1.2：HTTP 交换（浏览器、HTTP Toolkit、Fiddler）</translation>
    </message>
    <message>
        <source>CSV: the event list as displayed</source>
        <translation>CSV：按显示的事件列表</translation>
    </message>
    <message>
        <source>JSON: the event list as displayed</source>
        <translation>JSON：按显示的事件列表</translation>
    </message>
    <message>
        <source>eCapture Viewer capture file (.ecvcap)</source>
        <translation>eCapture Viewer 抓包文件（.ecvcap）</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n shell command(s)</source>
        <translation>
            <numerusform>%n 条 shell 命令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database query(s)</source>
        <translation>
            <numerusform>%n 条数据库查询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connect notice(s)</source>
        <translation>
            <numerusform>%n 条连接通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket-destroy notice(s)</source>
        <translation>
            <numerusform>%n 条套接字销毁通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data event(s) without bytes</source>
        <translation>
            <numerusform>%n 个无字节的数据事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of unknown kind</source>
        <translation>
            <numerusform>%n 个未知类型的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be left out (%1): they are not TCP data and a pcap file has no place for them (pcapng keeps them as comment-only records). pcap also loses the process comments.</source>
        <translation>
            <numerusform>将略去 %n 个事件（%1）：它们不是 TCP 数据，pcap 文件无法容纳（pcapng 会将其保存为仅含注释的记录）。pcap 还会丢失进程注释。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen event is TCP data. pcap has no comments: the process of each packet is lost (pcapng keeps it).</source>
        <translation>所选事件都是 TCP 数据。pcap 没有注释：每个数据包的进程信息会丢失（pcapng 会保留）。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) that are not TCP data (%1) are written as comment-only records; every packet&apos;s comment names its process.</source>
        <translation>
            <numerusform>%n 个非 TCP 数据的事件（%1）写为仅含注释的记录；每个数据包的注释都注明其进程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every packet&apos;s comment names its process (pid, name, fd), so Wireshark can filter on frame.comment.</source>
        <translation>每个数据包的注释都注明其进程（pid、名称、fd），因此 Wireshark 可以按 frame.comment 过滤。</translation>
    </message>
    <message>
        <source>Only HTTP exchanges are written: each request with its response; events that are not HTTP are left out.</source>
        <translation>只写入 HTTP 交换：每个请求及其响应；非 HTTP 的事件会被略去。</translation>
    </message>
    <message>
        <source>One row per event, the columns as shown: %1.</source>
        <translation>每个事件一行，列按显示顺序：%1。</translation>
    </message>
    <message>
        <source>The events&apos; frames and eCapture&apos;s run log are copied into a new capture file that the viewer and ecapture-dump open.</source>
        <translation>事件的帧和 eCapture 的运行日志会复制到一个新的抓包文件中，查看器和 ecapture-dump 都能打开。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file.</source>
        <translation>无法导出到 %1：它不是普通文件。</translation>
    </message>
    <message>
        <source>There are no events in the chosen range.</source>
        <translation>所选范围内没有事件。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>导出已取消：未写入 %1。</translation>
    </message>
    <message>
        <source>Export failed, %1 was not written: %2</source>
        <translation>导出失败，未写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation>
            <numerusform>%n 个数据包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) left out (not TCP data)</source>
        <translation>
            <numerusform>略去 %n 个事件（非 TCP 数据）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP exchange(s)</source>
        <translation>
            <numerusform>%n 个 HTTP 交换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2, %3 bytes.</source>
        <translation>已导出到 %1：%2，%3 字节。</translation>
    </message>
</context>
<context>
    <name>ecv::ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>ecv::FieldRegistry</name>
    <message>
        <source>The bytes are not valid UTF-8</source>
        <translation>字节不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>The bytes as text, when valid UTF-8</source>
        <translation>字节作为文本（当其为有效的 UTF-8 时）</translation>
    </message>
    <message>
        <source>Frame number (1-based among all frames)</source>
        <translation>帧编号（在所有帧中从 1 开始）</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>事件时间</translation>
    </message>
    <message>
        <source>Time since the capture&apos;s first event</source>
        <translation>自捕获第一个事件起的时间</translation>
    </message>
    <message>
        <source>Bytes of data the event holds</source>
        <translation>事件所含数据字节数</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>Thread id</source>
        <translation>线程 ID</translation>
    </message>
    <message>
        <source>Process name (comm)</source>
        <translation>进程名（comm）</translation>
    </message>
    <message>
        <source>File descriptor</source>
        <translation>文件描述符</translation>
    </message>
    <message>
        <source>Direction seen from the process (send, recv)</source>
        <translation>从进程看的方向（send、recv）</translation>
    </message>
    <message>
        <source>Source address (sender of the bytes)</source>
        <translation>源地址（字节的发送方）</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Source or destination address</source>
        <translation>源地址或目的地址</translation>
    </message>
    <message>
        <source>Source or destination port</source>
        <translation>源端口或目的端口</translation>
    </message>
    <message>
        <source>eCapture&apos;s event type</source>
        <translation>eCapture 的事件类型</translation>
    </message>
    <message>
        <source>Data length (bytes held; an NSPR notice&apos;s announced length)</source>
        <translation>数据长度（所含字节；NSPR 通知为其声明的长度）</translation>
    </message>
    <message>
        <source>eCapture&apos;s uuid</source>
        <translation>eCapture 的 uuid</translation>
    </message>
    <message>
        <source>eCapture&apos;s tuple as it printed it</source>
        <translation>eCapture 打印的四元组</translation>
    </message>
    <message>
        <source>Kind (data, connect, socket-destroy, shell, query, notice)</source>
        <translation>种类（data、connect、socket-destroy、shell、query、notice）</translation>
    </message>
    <message>
        <source>eCapture probe (openssl, gotls, bash, …)</source>
        <translation>eCapture 探针（openssl、gotls、bash 等）</translation>
    </message>
    <message>
        <source>eCapture wire era</source>
        <translation>eCapture 协议时代</translation>
    </message>
    <message>
        <source>Conversation number (-z conv, Follow Stream)</source>
        <translation>会话编号（-z conv、追踪流）</translation>
    </message>
    <message>
        <source>Client and server roles were inferred</source>
        <translation>客户端与服务器角色为推断所得</translation>
    </message>
    <message>
        <source>The event&apos;s bytes</source>
        <translation>事件的字节</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>请求方法</translation>
    </message>
    <message>
        <source>Request URI</source>
        <translation>请求 URI</translation>
    </message>
    <message>
        <source>Request version</source>
        <translation>请求版本</translation>
    </message>
    <message>
        <source>Host (HTTP/2 :authority)</source>
        <translation>主机（HTTP/2 :authority）</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>请求行</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Media type of the body</source>
        <translation>正文的媒体类型</translation>
    </message>
    <message>
        <source>Decoded body length (bytes)</source>
        <translation>解码后正文长度（字节）</translation>
    </message>
    <message>
        <source>Header line (Name: value)</source>
        <translation>头部行（名称: 值）</translation>
    </message>
    <message>
        <source>Decoded body</source>
        <translation>解码后的正文</translation>
    </message>
    <message>
        <source>Response in frame</source>
        <translation>响应所在帧</translation>
    </message>
    <message>
        <source>Request in frame</source>
        <translation>请求所在帧</translation>
    </message>
    <message>
        <source>Time since the request</source>
        <translation>自请求起的时间</translation>
    </message>
    <message>
        <source>Every HTTP message beginning in the event (-T jsonl: one object of http.* fields each)</source>
        <translation>在该事件中开始的每个 HTTP 消息（-T jsonl：每个消息一个 http.* 字段对象）</translation>
    </message>
    <message>
        <source>HTTP/2 stream id</source>
        <translation>HTTP/2 流 ID</translation>
    </message>
    <message>
        <source>HTTP/2 frame type of each frame starting in the event</source>
        <translation>在该事件中开始的每个帧的 HTTP/2 帧类型</translation>
    </message>
    <message>
        <source>HTTP/2 error code of each RST_STREAM and GOAWAY</source>
        <translation>每个 RST_STREAM 和 GOAWAY 的 HTTP/2 错误码</translation>
    </message>
    <message>
        <source>Last stream id of each GOAWAY</source>
        <translation>每个 GOAWAY 的最后流 ID</translation>
    </message>
    <message>
        <source>Process column</source>
        <translation>进程列</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <source>Destination column</source>
        <translation>目的列</translation>
    </message>
    <message>
        <source>Host column</source>
        <translation>主机列</translation>
    </message>
    <message>
        <source>Protocol column</source>
        <translation>协议列</translation>
    </message>
    <message>
        <source>Info column</source>
        <translation>信息列</translation>
    </message>
    <message>
        <source>A decoding problem of the event</source>
        <translation>事件的解码问题</translation>
    </message>
</context>
<context>
    <name>ecv::FilterMenu</name>
    <message>
        <source>Selected</source>
        <translation>选中</translation>
    </message>
    <message>
        <source>Not Selected</source>
        <translation>非选中</translation>
    </message>
    <message>
        <source>…and Selected</source>
        <translation>…与选中</translation>
    </message>
    <message>
        <source>…or Selected</source>
        <translation>…或选中</translation>
    </message>
    <message>
        <source>…and not Selected</source>
        <translation>…与非选中</translation>
    </message>
    <message>
        <source>…or not Selected</source>
        <translation>…或非选中</translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation>作为过滤器应用</translation>
    </message>
    <message>
        <source>Prepare as Filter</source>
        <translation>准备为过滤器</translation>
    </message>
    <message>
        <source>Filter to this Conversation</source>
        <translation>仅显示此会话</translation>
    </message>
    <message>
        <source>Filter to this Process</source>
        <translation>仅显示此进程</translation>
    </message>
</context>
<context>
    <name>ecv::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>List text</source>
        <translation>列表文本</translation>
    </message>
    <message>
        <source>Payload (text)</source>
        <translation>载荷（文本）</translation>
    </message>
    <message>
        <source>Payload (hex)</source>
        <translation>载荷（十六进制）</translation>
    </message>
    <message>
        <source>HTTP body (decoded)</source>
        <translation>HTTP 正文（已解码）</translation>
    </message>
    <message>
        <source>Where to look: the list&apos;s columns, the payload bytes (as text or as hex such as 47 45 54), or the decoded HTTP bodies</source>
        <translation>查找范围：列表的各列、载荷字节（文本或十六进制，如 47 45 54），或解码后的 HTTP 正文</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文本</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Select the previous matching event (Shift+Enter)</source>
        <translation>选择上一个匹配的事件（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Select the next matching event (Enter)</source>
        <translation>选择下一个匹配的事件（Enter）</translation>
    </message>
</context>
<context>
    <name>ecv::FollowView</name>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>Hex Dump</source>
        <translation>十六进制转储</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <source>Reassembling the conversation…</source>
        <translation>正在重组会话…</translation>
    </message>
    <message>
        <source>No conversation.</source>
        <translation>无会话。</translation>
    </message>
    <message>
        <source>client %1 bytes · server %2 bytes</source>
        <translation>客户端 %1 字节 · 服务端 %2 字节</translation>
    </message>
    <message>
        <source>showing the first %1 characters</source>
        <translation>仅显示前 %1 个字符</translation>
    </message>
    <message>
        <source>Filter on This Conversation</source>
        <translation>仅显示此会话</translation>
    </message>
    <message>
        <source>Show only this conversation&apos;s events in the list</source>
        <translation>列表中只显示此会话的事件</translation>
    </message>
</context>
<context>
    <name>ecv::FrameDecoder</name>
    <message>
        <source>truncated protobuf: field %1 has no length</source>
        <translation>protobuf 被截断：字段 %1 没有长度</translation>
    </message>
    <message>
        <source>truncated protobuf: field %1 needs %2 bytes, %3 left</source>
        <translation>protobuf 被截断：字段 %1 需要 %2 字节，只剩 %3</translation>
    </message>
    <message>
        <source>not a protobuf LogEntry: field %1 has wire type %2</source>
        <translation>不是 protobuf LogEntry：字段 %1 的线格式类型为 %2</translation>
    </message>
    <message>
        <source>truncated protobuf: field %1 cut short</source>
        <translation>protobuf 被截断：字段 %1 不完整</translation>
    </message>
    <message>
        <source>not a protobuf LogEntry: %1 bytes that do not parse</source>
        <translation>不是 protobuf LogEntry：%1 字节无法解析</translation>
    </message>
    <message>
        <source>invalid heartbeat timestamp %1</source>
        <translation>心跳时间戳 %1 无效</translation>
    </message>
    <message>
        <source>run log is not valid UTF-8 (shown with U+FFFD)</source>
        <translation>运行日志不是有效的 UTF-8（以 U+FFFD 显示）</translation>
    </message>
    <message>
        <source>event text of an unknown shape</source>
        <translation>事件文本格式未知</translation>
    </message>
    <message>
        <source>event with neither fields nor payload</source>
        <translation>事件既无字段也无载荷</translation>
    </message>
    <message>
        <source>length says %1, payload has %2 bytes</source>
        <translation>长度字段为 %1，载荷有 %2 字节</translation>
    </message>
    <message>
        <source>text frame is not valid JSON: %1</source>
        <translation>文本帧不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>JSON event whose payload is not an object</source>
        <translation>JSON 事件的载荷不是对象</translation>
    </message>
    <message>
        <source>payload_base64 is not valid base64</source>
        <translation>payload_base64 不是有效的 base64</translation>
    </message>
    <message>
        <source>JSON text frame with unknown log_type %1</source>
        <translation>JSON 文本帧的 log_type %1 未知</translation>
    </message>
    <message>
        <source>text frame is neither eCapture JSON nor base64</source>
        <translation>文本帧既不是 eCapture JSON 也不是 base64</translation>
    </message>
    <message>
        <source>base64 text frame holds no known eCapture text</source>
        <translation>base64 文本帧不含已知的 eCapture 文本</translation>
    </message>
    <message>
        <source>empty frame</source>
        <translation>空帧</translation>
    </message>
    <message>
        <source>text frame is not valid UTF-8</source>
        <translation>文本帧不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>LogEntry without a known payload (log_type %1)</source>
        <translation>LogEntry 没有已知的载荷（log_type %1）</translation>
    </message>
</context>
<context>
    <name>ecv::FrameLog</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>line 1: header is not a JSON object (%1)</source>
        <translation>第 1 行：文件头不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>line 1: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>第 1 行：&quot;format&quot; 不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line 1: unsupported frame-log version %1</source>
        <translation>第 1 行：不支持的帧日志版本 %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>empty file: no frame-log header</source>
        <translation>空文件：没有帧日志文件头</translation>
    </message>
</context>
<context>
    <name>ecv::HeartbeatMonitor</name>
    <message>
        <source>no heartbeat yet</source>
        <translation>尚无心跳</translation>
    </message>
    <message>
        <source>heartbeat #%1 · %2 s ago</source>
        <translation>心跳 #%1 · %2 秒前</translation>
    </message>
    <message>
        <source>heartbeat #%1</source>
        <translation>心跳 #%1</translation>
    </message>
    <message>
        <source>⚠ none for %1 s (expected every %2 s)</source>
        <translation>⚠ 已 %1 秒无心跳（应每 %2 秒一次）</translation>
    </message>
</context>
<context>
    <name>ecv::HexView</name>
    <message>
        <source>Save Raw Bytes</source>
        <translation>保存原始字节</translation>
    </message>
    <message>
        <source>Raw bytes (*.bin);;All files (*)</source>
        <translation>原始字节 (*.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>无载荷</translation>
    </message>
    <message>
        <source>Copy Selection as Hex Dump</source>
        <translation>将所选内容复制为十六进制转储</translation>
    </message>
    <message>
        <source>Copy as Hex Dump</source>
        <translation>复制为十六进制转储</translation>
    </message>
    <message>
        <source>Copy Selection as Hex Stream</source>
        <translation>将所选内容复制为十六进制流</translation>
    </message>
    <message>
        <source>Copy as Hex Stream</source>
        <translation>复制为十六进制流</translation>
    </message>
    <message>
        <source>Copy Selection as Text</source>
        <translation>将所选内容复制为文本</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Save Selected Bytes…</source>
        <translation>保存所选字节…</translation>
    </message>
    <message>
        <source>Save Raw Bytes…</source>
        <translation>保存原始字节…</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>ecv::Http1Parser</name>
    <message>
        <source>malformed header line &quot;%1&quot;</source>
        <translation>头部行格式错误 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status line without a valid status code</source>
        <translation>状态行没有有效的状态码</translation>
    </message>
    <message>
        <source>request line has %1 parts, expected 3</source>
        <translation>请求行有 %1 部分，应为 3 部分</translation>
    </message>
    <message>
        <source>header section incomplete (no empty line)</source>
        <translation>头部不完整（没有空行）</translation>
    </message>
    <message>
        <source>response to HEAD: no body (Content-Length %1 is the size a GET would have)</source>
        <translation>HEAD 的响应：没有正文（Content-Length %1 是 GET 时的大小）</translation>
    </message>
    <message>
        <source>Transfer-Encoding: chunked, but the body has no chunk framing (%1)</source>
        <translation>Transfer-Encoding: chunked，但正文没有分块结构（%1）</translation>
    </message>
    <message>
        <source>de-chunked by eCapture</source>
        <translation>已被 eCapture 去除分块</translation>
    </message>
    <message>
        <source>read as identity</source>
        <translation>按原样读取</translation>
    </message>
    <message>
        <source>chunked body incomplete: %1</source>
        <translation>分块正文不完整：%1</translation>
    </message>
    <message>
        <source>chunked body not captured</source>
        <translation>分块正文未被捕获</translation>
    </message>
    <message>
        <source>declared %1, body %2 (decoded by eCapture)</source>
        <translation>声明为 %1，正文为 %2（已被 eCapture 解码）</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes</source>
        <translation>被截断：%2 字节中的 %1</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes%3</source>
        <translation>被截断：%2 字节中的 %1%3</translation>
    </message>
</context>
<context>
    <name>ecv::Http2</name>
    <message>
        <source>eCapture: &quot;%1&quot; (it decodes each event without the connection&apos;s HPACK state)</source>
        <translation>eCapture：&quot;%1&quot;（它在没有连接 HPACK 状态的情况下解码每个事件）</translation>
    </message>
    <message>
        <source>eCapture: &quot;%1&quot;</source>
        <translation>eCapture：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>unrecognised line in HEADERS of stream %1: %2</source>
        <translation>流 %1 的 HEADERS 中有无法识别的行：%2</translation>
    </message>
    <message>
        <source>HPACK inflater could not be created</source>
        <translation>无法创建 HPACK 解压器</translation>
    </message>
    <message>
        <source>HPACK COMPRESSION_ERROR (nghttp2: %1)</source>
        <translation>HPACK COMPRESSION_ERROR（nghttp2：%1）</translation>
    </message>
    <message>
        <source>header block ends inside a field</source>
        <translation>头部块在字段中间结束</translation>
    </message>
    <message>
        <source>HPACK header block ends inside a field</source>
        <translation>HPACK 头部块在字段中间结束</translation>
    </message>
    <message>
        <source>pushed by the server (PUSH_PROMISE on stream %1)</source>
        <translation>由服务器推送（流 %1 上的 PUSH_PROMISE）</translation>
    </message>
    <message>
        <source>HEADERS of stream %1 not captured</source>
        <translation>流 %1 的 HEADERS 未被捕获</translation>
    </message>
    <message>
        <source>body gunzipped by eCapture (Merged Data Frame, %1 bytes)</source>
        <translation>正文已被 eCapture 解压（Merged Data Frame，%1 字节）</translation>
    </message>
    <message>
        <source>DATA frame shown by eCapture only as &quot;Partial entity body with gzip encoding&quot;</source>
        <translation>eCapture 只将 DATA 帧显示为 &quot;Partial entity body with gzip encoding&quot;</translation>
    </message>
    <message>
        <source>stream reset (RST_STREAM %1)</source>
        <translation>流被重置（RST_STREAM %1）</translation>
    </message>
    <message>
        <source>stream reset (RST_STREAM)</source>
        <translation>流被重置（RST_STREAM）</translation>
    </message>
    <message>
        <source>header block incomplete in the capture; not decoded</source>
        <translation>捕获中的头部块不完整；未解码</translation>
    </message>
    <message>
        <source>HPACK COMPRESSION_ERROR in a connection captured from its preface (nghttp2: %1)</source>
        <translation>从前言开始捕获的连接中出现 HPACK COMPRESSION_ERROR（nghttp2：%1）</translation>
    </message>
    <message>
        <source>HPACK state missing: an earlier header block of this direction was not captured (COMPRESSION_ERROR, nghttp2: %1)</source>
        <translation>HPACK 状态缺失：此方向较早的头部块未被捕获（COMPRESSION_ERROR，nghttp2：%1）</translation>
    </message>
    <message>
        <source>HPACK state missing: the connection&apos;s start (preface) was not captured (COMPRESSION_ERROR, nghttp2: %1)</source>
        <translation>HPACK 状态缺失：连接的开始（前言）未被捕获（COMPRESSION_ERROR，nghttp2：%1）</translation>
    </message>
    <message>
        <source>CONTINUATION on stream %1 without HEADERS</source>
        <translation>流 %1 上有 CONTINUATION 但没有 HEADERS</translation>
    </message>
    <message>
        <source>header block on stream %1 not ended by END_HEADERS</source>
        <translation>流 %1 上的头部块未以 END_HEADERS 结束</translation>
    </message>
    <message>
        <source>Merged Data Frame of stream %1: the final length is not a length; the body is cut short</source>
        <translation>流 %1 的 Merged Data Frame：最终长度不是有效长度；正文被截断</translation>
    </message>
    <message>
        <source>Frame Length of stream %1 is not a length that fits the event (&quot;%2&quot;); read to the next frame instead</source>
        <translation>流 %1 的 Frame Length 不是适合该事件的长度（&quot;%2&quot;）；改为读取到下一帧</translation>
    </message>
    <message>
        <source>header list of stream %1 cut at %2 of %3 bytes (%4 of %5 fields kept): the viewer&apos;s limit per message, as nghttp2&apos;s max_header_list_size (RFC 9113 §6.5.2)</source>
        <translation>流 %1 的头部列表在 %3 字节中的 %2 处截断（保留 %5 个字段中的 %4 个）：查看器对每条消息的限制，与 nghttp2 的 max_header_list_size 相同（RFC 9113 §6.5.2）</translation>
    </message>
</context>
<context>
    <name>ecv::HttpBody</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>too large to pretty-print</source>
        <translation>太大，无法美化显示</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML 格式不正确：%1</translation>
    </message>
    <message>
        <source>multipart body without parts (boundary not found)</source>
        <translation>multipart 正文没有部分（未找到边界）</translation>
    </message>
    <message>
        <source>chunk-size line incomplete</source>
        <translation>分块大小行不完整</translation>
    </message>
    <message>
        <source>invalid chunk-size line at byte %1</source>
        <translation>第 %1 字节处的分块大小行无效</translation>
    </message>
    <message>
        <source>invalid chunk-size &quot;%1&quot;</source>
        <translation>分块大小 &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>trailer section incomplete</source>
        <translation>尾部字段不完整</translation>
    </message>
    <message>
        <source>chunk of %1 bytes has only %2</source>
        <translation>%1 字节的分块只有 %2 字节</translation>
    </message>
    <message>
        <source>last chunk missing</source>
        <translation>缺少最后一个分块</translation>
    </message>
    <message>
        <source>zlib initialisation failed</source>
        <translation>zlib 初始化失败</translation>
    </message>
    <message>
        <source>compressed data ends early (truncated)</source>
        <translation>压缩数据提前结束（被截断）</translation>
    </message>
    <message>
        <source>deflate: raw deflate stream (no zlib wrapper)</source>
        <translation>deflate：原始 deflate 流（没有 zlib 封装）</translation>
    </message>
    <message>
        <source>brotli initialisation failed</source>
        <translation>brotli 初始化失败</translation>
    </message>
    <message>
        <source>brotli: %1</source>
        <translation>brotli：%1</translation>
    </message>
    <message>
        <source>zstd initialisation failed</source>
        <translation>zstd 初始化失败</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd：%1</translation>
    </message>
    <message>
        <source>unsupported content coding &quot;%1&quot;</source>
        <translation>不支持的内容编码 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>decoded size reached the %1-byte cap; rest not decoded</source>
        <translation>解码大小达到 %1 字节上限；其余未解码</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>意外的 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>意外的 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ecv::HttpBodyView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无正文）</translation>
    </message>
    <message>
        <source>showing the first %1 characters</source>
        <translation>仅显示前 %1 个字符</translation>
    </message>
    <message>
        <source>hex dump of the first %1 bytes</source>
        <translation>前 %1 字节的十六进制转储</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 fields</source>
        <translation>显示 %2 个字段中的前 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s)</source>
        <translation>
            <numerusform>%n 个表单字段</numerusform>
        </translation>
    </message>
    <message>
        <source>part cut short (no closing boundary)</source>
        <translation>该部分不完整（缺少结束分隔符）</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 个部分</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty part)</source>
        <translation>（空部分）</translation>
    </message>
    <message>
        <source>image of %1×%2 pixels: too large to draw</source>
        <translation>图像为 %1×%2 像素：太大，无法绘制</translation>
    </message>
    <message>
        <source>image could not be decoded: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
    <message>
        <source>%1 image, %2×%3</source>
        <translation>%1 图像，%2×%3</translation>
    </message>
    <message>
        <source>(shown at %1×%2)</source>
        <translation>（按 %1×%2 显示）</translation>
    </message>
</context>
<context>
    <name>ecv::HttpDissector</name>
    <message>
        <source>repeats the header section of frame %1 (eCapture flushed it again); shown on its own</source>
        <translation>重复了帧 %1 的头部（eCapture 再次刷出）；单独显示</translation>
    </message>
    <message>
        <source>body continues in later event(s)</source>
        <translation>正文在后续事件中继续</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes</source>
        <translation>被截断：%2 字节中的 %1</translation>
    </message>
    <message>
        <source>frame %1: eCapture HTTP/1 event without an HTTP start line</source>
        <translation>帧 %1：eCapture HTTP/1 事件没有 HTTP 起始行</translation>
    </message>
    <message>
        <source>HEADERS of stream %1 not captured</source>
        <translation>流 %1 的 HEADERS 未被捕获</translation>
    </message>
    <message>
        <source>HPACK state missing: the connection&apos;s start was not captured</source>
        <translation>HPACK 状态缺失：连接的开始未被捕获</translation>
    </message>
    <message>
        <source>HPACK compression error in a connection captured from its start (nghttp2: %1)</source>
        <translation>从开始捕获的连接中出现 HPACK 压缩错误（nghttp2：%1）</translation>
    </message>
    <message>
        <source>header fields unknown</source>
        <translation>头部字段未知</translation>
    </message>
</context>
<context>
    <name>ecv::HttpObjectsDialog</name>
    <message>
        <source>Export HTTP Objects</source>
        <translation>导出 HTTP 对象</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Content Type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Text filter:</source>
        <translation>文本过滤：</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <source>All Content-Types</source>
        <translation>所有内容类型</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation>全部保存(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were saved before.</source>
        <translation>
            <numerusform>已取消：此前已保存 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved; %1 could not be written: %2</source>
        <translation>
            <numerusform>已保存 %n 个文件；%1 个无法写入：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for HTTP bodies in %n event(s)…</source>
        <translation>
            <numerusform>正在 %n 个事件中查找 HTTP 正文…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for HTTP bodies…</source>
        <translation>正在查找 HTTP 正文…</translation>
    </message>
    <message>
        <source>No HTTP bodies in this capture.</source>
        <translation>此抓包中没有 HTTP 正文。</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP body(s).</source>
        <translation>
            <numerusform>%n 个 HTTP 正文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save HTTP Objects Into</source>
        <translation>将 HTTP 对象保存到</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n HTTP object(s)…</source>
        <translation>
            <numerusform>正在保存 %n 个 HTTP 对象…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecv::HttpView</name>
    <message>
        <source>Copy as cURL</source>
        <translation>复制为 cURL</translation>
    </message>
    <message>
        <source>Copy Body</source>
        <translation>复制正文</translation>
    </message>
    <message>
        <source>Save Body…</source>
        <translation>保存正文…</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Dissecting the conversation…</source>
        <translation>正在解析会话…</translation>
    </message>
    <message>
        <source>No HTTP message in this event.</source>
        <translation>此事件中没有 HTTP 消息。</translation>
    </message>
    <message>
        <source>%1 (continued from #%2)</source>
        <translation>%1（接续自 #%2）</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message>
        <source>Response in #%1</source>
        <translation>响应见 #%1</translation>
    </message>
    <message>
        <source>Request in #%1</source>
        <translation>请求见 #%1</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>(no body by rule)</source>
        <translation>（按规则无正文）</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无正文）</translation>
    </message>
    <message>
        <source>decoding failed: %1</source>
        <translation>解码失败：%1</translation>
    </message>
    <message>
        <source>body cut short</source>
        <translation>正文被截断</translation>
    </message>
    <message>
        <source>Save Decoded Body</source>
        <translation>保存解码后的正文</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 request, method unknown</source>
        <translation>%1 请求，方法未知</translation>
    </message>
    <message>
        <source>%1 response, status unknown</source>
        <translation>%1 响应，状态码未知</translation>
    </message>
    <message>
        <source> (interim)</source>
        <translation>（临时响应）</translation>
    </message>
    <message>
        <source>Trailers</source>
        <translation>尾部字段</translation>
    </message>
    <message>
        <source>This event holds several HTTP messages: pick one</source>
        <translation>此事件包含多个 HTTP 消息：请选择一个</translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation>尾部字段</translation>
    </message>
    <message>
        <source>Message %1 of %2: %3</source>
        <translation>消息 %1/%2：%3</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（接续）</translation>
    </message>
    <message>
        <source>Cookie (joined)</source>
        <translation>Cookie（合并）</translation>
    </message>
    <message>
        <source>The cookie fields above joined with &quot;; &quot; (RFC 9113 §8.2.3)</source>
        <translation>上面的 cookie 字段以 &quot;; &quot; 合并（RFC 9113 §8.2.3）</translation>
    </message>
    <message>
        <source>header fields lost: HPACK compression error in a connection captured from its start (nghttp2: %1)</source>
        <translation>头部字段丢失：从开头捕获的连接中出现 HPACK 压缩错误（nghttp2：%1）</translation>
    </message>
    <message>
        <source>header fields not captured</source>
        <translation>未捕获头部字段</translation>
    </message>
    <message>
        <source>header fields lost: HPACK state missing (the connection&apos;s start was not captured)</source>
        <translation>头部字段丢失：缺少 HPACK 状态（未捕获连接的开头）</translation>
    </message>
    <message>
        <source>Interim response in #%1: %2</source>
        <translation>临时响应见 #%1：%2</translation>
    </message>
</context>
<context>
    <name>ecv::IoGraphView</name>
    <message>
        <source>Time (s since the first event)</source>
        <translation>时间（自第一个事件起的秒数）</translation>
    </message>
    <message>
        <source>Events per %1 s</source>
        <translation>每 %1 秒的事件数</translation>
    </message>
    <message>
        <source>Bytes per %1 s</source>
        <translation>每 %1 秒的字节数</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>All bytes</source>
        <translation>所有字节</translation>
    </message>
</context>
<context>
    <name>ecv::LogDock</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Filter log text…</source>
        <translation>过滤日志文本…</translation>
    </message>
</context>
<context>
    <name>ecv::LogModel</name>
    <message>
        <source>viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <source>eCapture</source>
        <translation>eCapture</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>heartbeat #%1</source>
        <translation>心跳 #%1</translation>
    </message>
    <message>
        <source>timestamp=%1 (unusable: arrival time shown) count=%2</source>
        <translation>timestamp=%1（不可用：显示到达时间）count=%2</translation>
    </message>
</context>
<context>
    <name>ecv::MainWindow</name>
    <message>
        <source>No heartbeat for two intervals (%1 s): the server or the network may be stuck.</source>
        <translation>两个周期（%1 秒）内没有收到心跳：服务器或网络可能卡住了。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the address of eCapture&apos;s --ecaptureq server above and press Connect,
open a saved capture or frame log (Ctrl+O), or press Demo to see a recorded stream.</source>
        <translation>在上方输入 eCapture --ecaptureq 服务器地址并点击“连接”，
或打开已保存的抓包文件/帧日志 (Ctrl+O)，或点击“演示”查看录制的数据流。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Display &amp;Filter</source>
        <translation>显示过滤器(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;Live</source>
        <translation>跳到实时(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Time as Seconds Since First Event</source>
        <translation>时间显示为距首个事件的秒数(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>抓包(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server Address</source>
        <translation>服务器地址(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Start &amp;Demo</source>
        <translation>开始演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Not a server address: %1 (%2)</source>
        <translation>不是有效的服务器地址：%1 (%2)</translation>
    </message>
    <message>
        <source>built-in demo</source>
        <translation>内置演示</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <source>Demo (%1)</source>
        <translation>演示 (%1)</translation>
    </message>
    <message>
        <source>New Capture</source>
        <translation>新抓包</translation>
    </message>
    <message>
        <source>Could not create a capture file: %1</source>
        <translation>无法创建抓包文件：%1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation>连接断开 (%1)；%2 秒后重连</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>已断开与 %1 的连接</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2 (kept in the capture)</source>
        <translation>帧 %1 无法解码：%2（已保留在抓包中）</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>eCapture Viewer</source>
        <translation>eCapture Viewer</translation>
    </message>
    <message>
        <source>%1 — eCapture Viewer</source>
        <translation>%1 — eCapture Viewer</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The last %n byte(s) of the file are not a complete record (cut short).</source>
        <translation>
            <numerusform>文件末尾 %n 个字节不是完整记录（被截断）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1: %2 events</source>
        <translation>已打开 %1：%2 个事件</translation>
    </message>
    <message>
        <source>Save Capture</source>
        <translation>保存抓包</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved the capture as %1</source>
        <translation>抓包已另存为 %1</translation>
    </message>
    <message>
        <source>Save Capture As</source>
        <translation>抓包另存为</translation>
    </message>
    <message>
        <source>eCapture Viewer captures (*.ecvcap)</source>
        <translation>eCapture Viewer 抓包文件 (*.ecvcap)</translation>
    </message>
    <message>
        <source>Unsaved Capture</source>
        <translation>未保存的抓包</translation>
    </message>
    <message>
        <source>The current capture has %1 events and is not saved.</source>
        <translation>当前抓包有 %1 个事件，尚未保存。</translation>
    </message>
    <message>
        <source>Save it before it is discarded?</source>
        <translation>丢弃前是否保存？</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <source>Conversation %1: %2 (%3)</source>
        <translation>会话 %1：%2 (%3)</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>连接断开：%1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;I/O Graph</source>
        <translation>I/O 图表(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>进程(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;HTTP Requests</source>
        <translation>HTTP 请求(&amp;H)</translation>
    </message>
    <message>
        <source>Colori&amp;ze Event List</source>
        <translation>事件列表着色(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Coloring Rules…</source>
        <translation>着色规则(&amp;C)…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>No. %1 (wrapped around)</source>
        <translation>编号 %1（已从头开始）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
</context>
<context>
    <name>ecv::PayloadText</name>
    <message>
        <source>%1 bytes binary</source>
        <translation>%1 字节二进制数据</translation>
    </message>
</context>
<context>
    <name>ecv::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Default server URL:</source>
        <translation>默认服务器 URL：</translation>
    </message>
    <message>
        <source>Reconnect with backoff when the connection is lost</source>
        <translation>连接断开时按退避时间自动重连</translation>
    </message>
    <message>
        <source>the system&apos;s temporary folder</source>
        <translation>系统临时文件夹</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Folder for live captures</source>
        <translation>实时捕获的文件夹</translation>
    </message>
    <message>
        <source>Live captures folder:</source>
        <translation>实时捕获文件夹：</translation>
    </message>
    <message>
        <source>Time as seconds since the first event</source>
        <translation>时间显示为自第一个事件起的秒数</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>时间列：</translation>
    </message>
    <message>
        <source>Desktop fonts</source>
        <translation>桌面字体</translation>
    </message>
    <message>
        <source>Window font:</source>
        <translation>窗口字体：</translation>
    </message>
    <message>
        <source>Bytes and text font:</source>
        <translation>字节与文本字体：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language takes effect on the next start.</source>
        <translation>新语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Desktop default (%1 %2 pt)</source>
        <translation>桌面默认（%1 %2 磅）</translation>
    </message>
    <message>
        <source>Font of bytes and text</source>
        <translation>字节与文本的字体</translation>
    </message>
    <message>
        <source>Window font</source>
        <translation>窗口字体</translation>
    </message>
</context>
<context>
    <name>ecv::RowsJobIndicator</name>
    <message>
        <source>Filtering (dissecting HTTP)…</source>
        <translation>正在过滤（解析 HTTP）…</translation>
    </message>
    <message>
        <source>Filtering and sorting…</source>
        <translation>正在过滤和排序…</translation>
    </message>
    <message>
        <source>Filter: %1 of %2 events · %3 s</source>
        <translation>过滤：%2 个事件中的 %1 个 · %3 秒</translation>
    </message>
    <message>
        <source>Sorted · %1 s</source>
        <translation>已排序 · %1 秒</translation>
    </message>
</context>
<context>
    <name>ecv::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>By process</source>
        <translation>按进程</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>按主机</translation>
    </message>
    <message>
        <source>By peer address</source>
        <translation>按对端地址</translation>
    </message>
    <message>
        <source>Y axis:</source>
        <translation>Y 轴：</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>曲线：</translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to zoom out, click to go to the events of that time</source>
        <translation>拖动以缩放，右键还原，单击跳转到该时刻的事件</translation>
    </message>
    <message>
        <source>I/O Graph</source>
        <translation>I/O 图表</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Address A</source>
        <translation>地址 A</translation>
    </message>
    <message>
        <source>Address B</source>
        <translation>地址 B</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Events A→B</source>
        <translation>事件 A→B</translation>
    </message>
    <message>
        <source>Bytes A→B</source>
        <translation>字节 A→B</translation>
    </message>
    <message>
        <source>Events B→A</source>
        <translation>事件 B→A</translation>
    </message>
    <message>
        <source>Bytes B→A</source>
        <translation>字节 B→A</translation>
    </message>
    <message>
        <source>Rel. start (s)</source>
        <translation>相对开始（秒）</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>持续时间（秒）</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tx events</source>
        <translation>发送事件</translation>
    </message>
    <message>
        <source>Tx bytes</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <source>Rx events</source>
        <translation>接收事件</translation>
    </message>
    <message>
        <source>Rx bytes</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <source>First (s)</source>
        <translation>首次（秒）</translation>
    </message>
    <message>
        <source>Last (s)</source>
        <translation>最后（秒）</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Host / path</source>
        <translation>主机 / 路径</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Min ms</source>
        <translation>最小 ms</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p90 ms</source>
        <translation>p90 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>最大 ms</translation>
    </message>
    <message>
        <source>Status code or method</source>
        <translation>状态码或方法</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Live: update while the capture grows</source>
        <translation>实时：捕获增长时自动更新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>Computing statistics of %n event(s)…</source>
        <translation>
            <numerusform>正在统计 %n 个事件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>（无主机）</translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation>作为过滤器应用</translation>
    </message>
    <message>
        <source>Prepare as Filter</source>
        <translation>准备为过滤器</translation>
    </message>
</context>
<context>
    <name>ecv::StatusPanel</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>no heartbeat yet</source>
        <translation>尚无心跳</translation>
    </message>
    <message>
        <source>eCapture ?</source>
        <translation>eCapture ?</translation>
    </message>
    <message>
        <source>eCapture %1</source>
        <translation>eCapture %1</translation>
    </message>
    <message>
        <source>eCapture version, from its run log</source>
        <translation>eCapture 版本（来自其运行日志）</translation>
    </message>
    <message>
        <source>Events: %1 · Displayed: %2</source>
        <translation>事件：%1 · 显示：%2</translation>
    </message>
    <message>
        <source>Undecodable: %1</source>
        <translation>无法解码：%1</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>无抓包</translation>
    </message>
    <message>
        <source>Unsaved capture · %1</source>
        <translation>未保存的抓包 · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch, inspect and save the TLS plaintext events eCapture streams over its --ecaptureq WebSocket server.</source>
        <translation>查看、检查并保存 eCapture 通过 --ecaptureq WebSocket 服务器发送的 TLS 明文事件。</translation>
    </message>
    <message>
        <source>Start the built-in demo stream.</source>
        <translation>启动内置演示数据流。</translation>
    </message>
    <message>
        <source>Server URL (ws://host:port/ or host:port) or a capture file / .jsonl frame log to open.</source>
        <translation>服务器地址（ws://主机:端口/ 或 主机:端口），或要打开的抓包文件 / .jsonl 帧日志。</translation>
    </message>
    <message>
        <source>Apply this display filter (as wireshark -Y).</source>
        <translation>应用此显示过滤器（同 wireshark -Y）。</translation>
    </message>
</context>
</TS>
