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
    <name>QObject</name>
    <message>
        <source>Captures and frame logs (*.ecvcap *.jsonl);;eCapture Viewer captures (*.ecvcap);;Frame logs (*.jsonl);;All files (*)</source>
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
    <name>ecv::FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the list or in the selected payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next event whose columns contain the text (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next match in the selected payload (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
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
        <source>found in payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
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
        <source>Display filter: text in any column, or conversation == N…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
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
</context>
</TS>
