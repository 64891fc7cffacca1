using System.Text;

namespace SlothActors.Node.Tests.Tracing;

/// <summary>
/// Reads the spans out of an OTLP <c>ExportTraceServiceRequest</c> in protobuf's wire format, by
/// field number: resource_spans (1) -> scope_spans (2) -> spans (2) -> trace_id (1), span_id (2),
/// parent_span_id (4), name (5). Every other field is skipped by its wire type, so the test needs no
/// protobuf library and no generated code.
/// </summary>
internal static class OtlpTraceReader
{
    public static List<OtlpSpan> Spans(ReadOnlySpan<byte> request)
    {
        var spans = new List<OtlpSpan>();
        foreach (var resourceSpans in Messages(request, 1))
        {
            foreach (var scopeSpans in Messages(resourceSpans, 2))
            {
                foreach (var span in Messages(scopeSpans, 2))
                {
                    spans.Add(Span(span));
                }
            }
        }

        return spans;
    }

    private static OtlpSpan Span(byte[] span)
    {
        string trace = "", id = "", parent = "", name = "";
        var reader = new Reader(span);
        while (reader.Next(out var field, out var bytes))
        {
            switch (field)
            {
                case 1:
                    trace = Convert.ToHexStringLower(bytes);
                    break;
                case 2:
                    id = Convert.ToHexStringLower(bytes);
                    break;
                case 4:
                    parent = Convert.ToHexStringLower(bytes);
                    break;
                case 5:
                    name = Encoding.UTF8.GetString(bytes);
                    break;
            }
        }

        return new OtlpSpan(trace, id, parent, name);
    }

    private static List<byte[]> Messages(ReadOnlySpan<byte> message, int wanted)
    {
        var found = new List<byte[]>();
        var reader = new Reader(message.ToArray());
        while (reader.Next(out var field, out var bytes))
        {
            if (field == wanted && bytes.Length >= 0)
            {
                found.Add(bytes);
            }
        }

        return found;
    }

    /// <summary>Walks the fields of one message; only length-delimited fields carry bytes back.</summary>
    private ref struct Reader(byte[] data)
    {
        private int _at;

        public bool Next(out int field, out byte[] bytes)
        {
            bytes = [];
            field = 0;
            if (_at >= data.Length)
            {
                return false;
            }

            var key = Varint();
            field = (int)(key >> 3);
            switch (key & 7)
            {
                case 0:
                    Varint();
                    break;
                case 1:
                    _at += 8;
                    break;
                case 2:
                    var length = (int)Varint();
                    bytes = data.AsSpan(_at, length).ToArray();
                    _at += length;
                    break;
                case 5:
                    _at += 4;
                    break;
                default:
                    throw new InvalidDataException($"wire type {key & 7} at byte {_at}: not an OTLP message");
            }

            return true;
        }

        private ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[_at++];
                value |= (ulong)(b & 0x7f) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }
    }
}
