<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportRange</name>
    <message>
        <source>Enter numbers such as 1-10,15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a range of numbers (1-10, 15, 20-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFields</name>
    <message>
        <source> (interim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 request (headers unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 request (method unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (headers unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 response (headers unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream %1 response (status unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation of frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Captures and frame logs (*.ecvcap *.jsonl);;eCapture Viewer captures (*.ecvcap);;Frame logs (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a hex string: give pairs of hex digits, e.g. 47 45 54</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesNote</name>
    <message>
        <source>which side this process is was inferred (from the bytes, else its other connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which side this process is comes from the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server from the connect/accept event #%1 (eCapture prints its tuple client → server); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client/server side inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server from eCapture&apos;s uuid tuple; sender from its event type %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client → server from eCapture&apos;s tuple; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::CaptureFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated file header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated record header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad record length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record is not a CaptureRecord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture file not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read record header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad record length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::CaptureStore</name>
    <message>
        <source>payload not readable from the capture file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capture to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary capture file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::ColoringRulesDialog</name>
    <message>
        <source>Coloring Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are coloured by the first enabled rule whose display filter they pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreground…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreground of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::ConnectionBar</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws://127.0.0.1:28257/ (eCapture --ecaptureq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of eCapture&apos;s --ecaptureq WebSocket server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a built-in recorded stream (no eCapture needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::DetailPane</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client/server side inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture fields (as sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retvalue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) not valid UTF-8, shown as %1</source>
        <translation>
            <numerusform>%n byte not valid UTF-8, shown as %1</numerusform>
            <numerusform>%n bytes not valid UTF-8, shown as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines over %1 characters broken at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, decoded from eCapture&apos;s hex.Dump text (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::DisplayFilter</name>
    <message>
        <source>`)` at column %1 has no matching `(`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator such as `==` after `%1` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected `%1` at column %2: expected `and`, `or` or the end of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter nests more than %1 levels deep at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected `)` at column %1 to close the `(` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name after `%1` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1()` takes a field, not another function, at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected `)` at column %1 to close `%2(`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a slice such as `[0:4]` at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slice `%1` is out of range at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slice `%1` ends before it starts at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after `%1` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected `{` or `(` after `%1` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected `%1` at column %2 to close the set at column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value in the set at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after `..` at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set at column %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter has more than %1 tests at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole SQL statement is not a display filter: write only the condition of its WHERE clause (column 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole SQL statement is not a display filter: write only its condition, `%1` (column 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`\%1` needs %2 hex digits at column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string starting at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected `%1` at column %2: write `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character `%1` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare `%1` only tests that the field is present; write `%1 == true` to test its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field `%1` at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field `%1` at column %2 (did you mean `%3`?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slice applies to bytes or text, not to `%1` (%2), at column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower() and upper() apply to text, not to `%1` (%2), at column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>len() applies to bytes or text, not to `%1` (%2), at column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` applies to text or bytes, not to `%2` (%3), at column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` does not apply to `%2` (boolean) at column %3: use `==`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` at column %2 compares `%3` as text, character by character, not as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` can have several values: `!=` at column %2 holds when none of them equals (write `!(%1 == …)` to say so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` takes one value at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time such as &quot;2026-11-29 14:00:00&quot; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of seconds at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number (`%2` is %3) at column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range needs numbers at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range at column %1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 or IPv6 address or network at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` does not apply to a network at column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::DisplayFilterBar</name>
    <message>
        <source>Saved filters: save this filter as a button, remove buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this Filter as a Button…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a display filter … &lt;Ctrl-/&gt;   e.g. http.host contains &quot;api&quot; &amp;&amp; tcp.dstport in {80 443}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent display filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this filter (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::EventColumns</name>
    <message>
        <source>HTTP/2 frames (eCapture text rendering)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::EventFinder</name>
    <message>
        <source>nothing to find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::EventListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::EventNormalizer</name>
    <message>
        <source>unusable event timestamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable printed time %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::EventText</name>
    <message>
        <source>length says %1, payload has %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text declares %1 data bytes, payload holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query truncated by eCapture: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::Export</name>
    <message>
        <source>shell commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data notices without bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data events without bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events of unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a directory, FIFO or device); exports go to regular files or to stdout (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture file format is written to a file, not a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an output stream for libpcap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpcap: pcap_open_dead failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpcap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pcap file was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpcap: flush failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet for interface %1, which was not described</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::ExportActions</name>
    <message>
        <source>&amp;Export Specified Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark/Unmark Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All &amp;Displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmark All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marked event after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marked event before this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::ExportDialog</name>
    <message>
        <source>Export Specified Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First to last marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-10,15 (numbers of the No. column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng: Wireshark, every packet commented with its process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap: classic libpcap file, no comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR 1.2: HTTP exchanges (browsers, HTTP Toolkit, Fiddler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the event list as displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: the event list as displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture Viewer capture file (.ecvcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shell command(s)</source>
        <translation>
            <numerusform>%n shell command</numerusform>
            <numerusform>%n shell commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n database query(s)</source>
        <translation>
            <numerusform>%n database query</numerusform>
            <numerusform>%n database queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connect notice(s)</source>
        <translation>
            <numerusform>%n connect notice</numerusform>
            <numerusform>%n connect notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket-destroy notice(s)</source>
        <translation>
            <numerusform>%n socket-destroy notice</numerusform>
            <numerusform>%n socket-destroy notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data event(s) without bytes</source>
        <translation>
            <numerusform>%n data event without bytes</numerusform>
            <numerusform>%n data events without bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of unknown kind</source>
        <translation>
            <numerusform>%n event of unknown kind</numerusform>
            <numerusform>%n events of unknown kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be left out (%1): they are not TCP data and a pcap file has no place for them (pcapng keeps them as comment-only records). pcap also loses the process comments.</source>
        <translation>
            <numerusform>%n event will be left out (%1): it is not TCP data and a pcap file has no place for it (pcapng keeps it as a comment-only record). pcap also loses the process comments.</numerusform>
            <numerusform>%n events will be left out (%1): they are not TCP data and a pcap file has no place for them (pcapng keeps them as comment-only records). pcap also loses the process comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every chosen event is TCP data. pcap has no comments: the process of each packet is lost (pcapng keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) that are not TCP data (%1) are written as comment-only records; every packet&apos;s comment names its process.</source>
        <translation>
            <numerusform>%n event that is not TCP data (%1) is written as a comment-only record; every packet&apos;s comment names its process.</numerusform>
            <numerusform>%n events that are not TCP data (%1) are written as comment-only records; every packet&apos;s comment names its process.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every packet&apos;s comment names its process (pid, name, fd), so Wireshark can filter on frame.comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP exchanges are written: each request with its response; events that are not HTTP are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per event, the columns as shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events&apos; frames and eCapture&apos;s run log are copied into a new capture file that the viewer and ecapture-dump open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no events in the chosen range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation>
            <numerusform>%n packet</numerusform>
            <numerusform>%n packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) left out (not TCP data)</source>
        <translation>
            <numerusform>%n event left out (not TCP data)</numerusform>
            <numerusform>%n events left out (not TCP data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP exchange(s)</source>
        <translation>
            <numerusform>%n HTTP exchange</numerusform>
            <numerusform>%n HTTP exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2, %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::FieldRegistry</name>
    <message>
        <source>Frame number (1-based among all frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the capture&apos;s first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of data the event holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process name (comm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction seen from the process (send, recv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address (sender of the bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture&apos;s event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data length (bytes held; an NSPR notice&apos;s announced length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture&apos;s uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture&apos;s tuple as it printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (data, connect, socket-destroy, shell, query, notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture probe (openssl, gotls, bash, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture wire era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation number (-z conv, Follow Stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server roles were inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes as text, when valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host (HTTP/2 :authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded body length (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header line (Name: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response in frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every HTTP message beginning in the event (-T jsonl: one object of http.* fields each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 frame type of each frame starting in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 error code of each RST_STREAM and GOAWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stream id of each GOAWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decoding problem of the event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::FilterMenu</name>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or not Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to this Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to this Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP body (decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look: the list&apos;s columns, the payload bytes (as text or as hex such as 47 45 54), or the decoded HTTP bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous matching event (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next matching event (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::FollowView</name>
    <message>
        <source>ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembling the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 bytes · server %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on This Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this conversation&apos;s events in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::FrameDecoder</name>
    <message>
        <source>truncated protobuf: field %1 has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated protobuf: field %1 needs %2 bytes, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a protobuf LogEntry: field %1 has wire type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated protobuf: field %1 cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a protobuf LogEntry: %1 bytes that do not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid heartbeat timestamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run log is not valid UTF-8 (shown with U+FFFD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event text of an unknown shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event with neither fields nor payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length says %1, payload has %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text frame is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON event whose payload is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload_base64 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON text frame with unknown log_type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text frame is neither eCapture JSON nor base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 text frame holds no known eCapture text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text frame is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogEntry without a known payload (log_type %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::FrameLog</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: header is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: unsupported frame-log version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: no frame-log header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::HeartbeatMonitor</name>
    <message>
        <source>no heartbeat yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat #%1 · %2 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ none for %1 s (expected every %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::HexView</name>
    <message>
        <source>Save Raw Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw bytes (*.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Selection as Hex Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Hex Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Selection as Hex Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Hex Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Selection as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Selected Bytes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Raw Bytes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::Http1Parser</name>
    <message>
        <source>malformed header line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status line without a valid status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request line has %1 parts, expected 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header section incomplete (no empty line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response to HEAD: no body (Content-Length %1 is the size a GET would have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding: chunked, but the body has no chunk framing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de-chunked by eCapture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked body incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked body not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared %1, body %2 (decoded by eCapture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::Http2</name>
    <message>
        <source>eCapture: &quot;%1&quot; (it decodes each event without the connection&apos;s HPACK state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised line in HEADERS of stream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK inflater could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK COMPRESSION_ERROR (nghttp2: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header block ends inside a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK header block ends inside a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed by the server (PUSH_PROMISE on stream %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEADERS of stream %1 not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body gunzipped by eCapture (Merged Data Frame, %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA frame shown by eCapture only as &quot;Partial entity body with gzip encoding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream reset (RST_STREAM %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream reset (RST_STREAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header block incomplete in the capture; not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK COMPRESSION_ERROR in a connection captured from its preface (nghttp2: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK state missing: an earlier header block of this direction was not captured (COMPRESSION_ERROR, nghttp2: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK state missing: the connection&apos;s start (preface) was not captured (COMPRESSION_ERROR, nghttp2: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTINUATION on stream %1 without HEADERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header block on stream %1 not ended by END_HEADERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged Data Frame of stream %1: the final length is not a length; the body is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame Length of stream %1 is not a length that fits the event (&quot;%2&quot;); read to the next frame instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header list of stream %1 cut at %2 of %3 bytes (%4 of %5 fields kept): the viewer&apos;s limit per message, as nghttp2&apos;s max_header_list_size (RFC 9113 §6.5.2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::HttpBody</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multipart body without parts (boundary not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk-size line incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid chunk-size line at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid chunk-size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailer section incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk of %1 bytes has only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last chunk missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib initialisation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed data ends early (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflate: raw deflate stream (no zlib wrapper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brotli initialisation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brotli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd initialisation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported content coding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded size reached the %1-byte cap; rest not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::HttpBodyView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex dump of the first %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 of %2 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s)</source>
        <translation>
            <numerusform>%n form field</numerusform>
            <numerusform>%n form fields</numerusform>
        </translation>
    </message>
    <message>
        <source>part cut short (no closing boundary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image of %1×%2 pixels: too large to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shown at %1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::HttpDissector</name>
    <message>
        <source>repeats the header section of frame %1 (eCapture flushed it again); shown on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body continues in later event(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1: eCapture HTTP/1 event without an HTTP start line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEADERS of stream %1 not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK state missing: the connection&apos;s start was not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPACK compression error in a connection captured from its start (nghttp2: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header fields unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::HttpObjectsDialog</name>
    <message>
        <source>Export HTTP Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Content-Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were saved before.</source>
        <translation>
            <numerusform>Cancelled: %n file was saved before.</numerusform>
            <numerusform>Cancelled: %n files were saved before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved; %1 could not be written: %2</source>
        <translation>
            <numerusform>%n file saved; %1 could not be written: %2</numerusform>
            <numerusform>%n files saved; %1 could not be written: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>%n file saved.</numerusform>
            <numerusform>%n files saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for HTTP bodies in %n event(s)…</source>
        <translation>
            <numerusform>Looking for HTTP bodies in %n event…</numerusform>
            <numerusform>Looking for HTTP bodies in %n events…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for HTTP bodies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP bodies in this capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP body(s).</source>
        <translation>
            <numerusform>%n HTTP body.</numerusform>
            <numerusform>%n HTTP bodies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save HTTP Objects Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving %n HTTP object(s)…</source>
        <translation>
            <numerusform>Saving %n HTTP object…</numerusform>
            <numerusform>Saving %n HTTP objects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecv::HttpView</name>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissecting the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP message in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued from #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response in #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body by rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Decoded Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request, method unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 response, status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (interim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event holds several HTTP messages: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie (joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie fields above joined with &quot;; &quot; (RFC 9113 §8.2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header fields lost: HPACK compression error in a connection captured from its start (nghttp2: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header fields not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header fields lost: HPACK state missing (the connection&apos;s start was not captured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interim response in #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::IoGraphView</name>
    <message>
        <source>Time (s since the first event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter log text…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::LogModel</name>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp=%1 (unusable: arrival time shown) count=%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::MainWindow</name>
    <message>
        <source>No heartbeat for two intervals (%1 s): the server or the network may be stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of eCapture&apos;s --ecaptureq server above and press Connect,
open a saved capture or frame log (Ctrl+O), or press Demo to see a recorded stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time as Seconds Since First Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server address: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a capture file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 could not be decoded: %2 (kept in the capture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — eCapture Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n byte(s) of the file are not a complete record (cut short).</source>
        <translation>
            <numerusform>The last %n byte of the file is not a complete record (cut short).</numerusform>
            <numerusform>The last %n bytes of the file are not a complete record (cut short).</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1: %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the capture as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Capture As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture Viewer captures (*.ecvcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current capture has %1 events and is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before it is discarded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I/O Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colori&amp;ze Event List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coloring Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 (wrapped around)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::PayloadText</name>
    <message>
        <source>%1 bytes binary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect with backoff when the connection is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for live captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live captures folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time as seconds since the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes and text font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop default (%1 %2 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font of bytes and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::RowsJobIndicator</name>
    <message>
        <source>Filtering (dissecting HTTP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering and sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1 of %2 events · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom, right-click to zoom out, click to go to the events of that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events A→B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes A→B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events B→A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes B→A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel. start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tx events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tx bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host / path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: update while the capture grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Computing statistics of %n event(s)…</source>
        <translation>
            <numerusform>Computing statistics of %n event…</numerusform>
            <numerusform>Computing statistics of %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare as Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecv::StatusPanel</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heartbeat yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eCapture version, from its run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1 · Displayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecodable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved capture · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch, inspect and save the TLS plaintext events eCapture streams over its --ecaptureq WebSocket server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL (ws://host:port/ or host:port) or a capture file / .jsonl frame log to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this display filter (as wireshark -Y).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
