using System.Text;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Tells UTF-8 (with or without byte order mark) from Windows-1252 by reading every byte once. A file with invalid
/// UTF-8 sequences and no valid multi-byte ones is Windows-1252; a file with both is refused as mixed, naming the
/// first line of each kind, because any choice would garble one half of it. UTF-16 is taken when it has a byte order mark.
/// </summary>
internal static class TextEncodingSniffer
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Encoding Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[64 * 1024];
        var read = stream.Read(buffer, 0, buffer.Length);
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
        {
            return buffer[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }

        var start = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        long line = 1, valid = 0, invalid = 0, firstValidLine = 0, firstInvalidLine = 0;
        var need = 0;
        while (read > 0)
        {
            for (var i = start; i < read; i++)
            {
                var b = buffer[i];
                if (need > 0)
                {
                    if ((b & 0xC0) == 0x80)
                    {
                        if (--need == 0)
                        {
                            valid++;
                            firstValidLine = firstValidLine == 0 ? line : firstValidLine;
                        }

                        continue;
                    }

                    need = 0;
                    invalid++;
                    firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
                }

                if (b < 0x80)
                {
                    if (b == (byte)'\n')
                    {
                        line++;
                    }
                    else if (b == 0)
                    {
                        throw TabularLoadException.Because("Binary", line);
                    }

                    continue;
                }

                need = b switch
                {
                    >= 0xC2 and <= 0xDF => 1,
                    >= 0xE0 and <= 0xEF => 2,
                    >= 0xF0 and <= 0xF4 => 3,
                    _ => 0,
                };
                if (need == 0)
                {
                    invalid++;
                    firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
                }
            }

            start = 0;
            read = stream.Read(buffer, 0, buffer.Length);
        }

        if (need > 0)
        {
            invalid++;
            firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
        }

        if (invalid == 0)
        {
            return Utf8;
        }

        if (valid == 0)
        {
            return Windows1252;
        }

        throw TabularLoadException.Because("MixedEncoding", firstValidLine, firstInvalidLine);
    }

    public static string Name(Encoding encoding) => encoding.CodePage switch
    {
        1252 => "windows-1252",
        1200 => "utf-16le",
        1201 => "utf-16be",
        _ => "utf-8",
    };
}
