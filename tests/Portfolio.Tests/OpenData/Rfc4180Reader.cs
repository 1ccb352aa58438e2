using System.Text;

namespace Portfolio.Tests.OpenData;

/// <summary>
/// A strict RFC 4180 reader for the tests: records end with CRLF, fields are separated by commas, a
/// quoted field may hold commas, CRLF, LF and doubled quotes. Anything else (a bare quote inside an
/// unquoted field, text after a closing quote, a bare LF between records) throws, so a malformed file fails the test.
/// </summary>
public static class Rfc4180Reader
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field);
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"a quote inside an unquoted field at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("the last record does not end with CRLF");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"a record does not end with CRLF at {i}");
            }

            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }

    static int ReadQuoted(string text, int i, StringBuilder field)
    {
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FormatException("a quoted field is not closed");
            }

            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            field.Append(text[i++]);
        }
    }
}
