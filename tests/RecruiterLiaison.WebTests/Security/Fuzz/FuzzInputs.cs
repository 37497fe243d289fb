using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security.Fuzz;

/// <summary>
/// Hostile and odd values for ids, query strings, JSON bodies and form fields, all drawn from one
/// seeded <see cref="Random"/> so a failing request can be made again from its seed. JSON is
/// written by hand where a serializer would refuse (lone surrogates, NaN, broken syntax).
/// None of the values spells an exception or namespace name, so a leak found in a response
/// came from the server, not from an echo of the input.
/// </summary>
public sealed class FuzzInputs(Random random, IdPool ids)
{
    public const int HugeLength = 100_000;

    private static readonly string[] Texts =
    [
        "",
        " ",
        "\t\r\n",
        "Thank you for Tuesday's interview; I enjoyed meeting the team.",
        "hey!!! CALL ME BACK TODAY",
        "👍🏽🎉🔥 thanks 🙏",
        "مرحبا، شكرا على المقابلة",
        "שלום \u202Eevil\u202C text",
        "e\u0301\u0301\u0301 zero\u200Bwidth \uFEFF bom",
        "nul\0byte",
        "\0",
        "' OR 1=1 --",
        "\"; DROP TABLE notes; --",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "{0} {1} %s %n {{7*7}} ${x}",
        "../../../../etc/passwd",
        "%00%2e%2e%2f",
        "\\\\server\\share",
        "null",
        "undefined",
        "-1",
        "1e309",
        "NaN",
        "𝕿𝖍𝖆𝖓𝖐 𝖞𝖔𝖚",
        "Ω≈ç√∫˜µ≤≥÷",
        "ｆｕｌｌ　ｗｉｄｔｈ",
        "a@b",
        "@",
        "candidate@demo.test",
        "candidate\0@demo.test",
        "line\r\nbreak@demo.test",
        "recruiter@meridian.test",
        "name@" + new string('x', 300) + ".example",
    ];

    /// <summary>Strings a serializer cannot produce but a client can send: lone surrogates and a raw control character.</summary>
    private static readonly string[] RawJsonStrings =
    [
        "\"\\ud800\"",
        "\"abc\\udc00def\"",
        "\"\\ud83d\"",
        "\"\\u0000\\u0000\"",
        "\"\\uDFFF\\uD800\"",
        "\"tab\there\"",
        "\"bad escape \\x41\"",
        "\"\\u12\"",
    ];

    private static readonly string[] BrokenJson =
    [
        "",
        "{",
        "}",
        "{\"a\":}",
        "{\"a\":1,}",
        "{'single':'quotes'}",
        "{unquoted:1}",
        "{\"a\":1 /* comment */}",
        "[1,2,",
        "{\"a\":\"unterminated}",
        "{\"a\":NaN}",
        "{\"a\":Infinity}",
        "{\"a\":01}",
        "{\"a\":1}{\"b\":2}",
        "{\"a\":1}garbage",
        "\uFEFF{\"bom\":true}",
        "nul\0l",
        "<xml/>",
        "a=1&b=2",
    ];

    public Random Random { get; } = random;

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public string Text()
    {
        return Random.Next(20) switch
        {
            0 => Huge(),
            1 => new string('a', Random.Next(1, 5000)),
            2 => RandomUnicode(Random.Next(1, 200)),
            3 => string.Concat(Enumerable.Repeat("Thank you. ", Random.Next(50, 500))),
            _ => Pick(Texts),
        };
    }

    /// <summary>A <see cref="Text"/> cut to at most <paramref name="max"/> characters (a URL has limits a body has not).</summary>
    public string Short(int max)
    {
        var text = Text();
        return text.Length <= max ? text : text[..max];
    }

    /// <summary>A GUID from the seeded generator, so a run repeats exactly from its seed.</summary>
    public Guid NewGuid()
    {
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>100k characters of a repeated sentence, some of it emoji and right-to-left text.</summary>
    public string Huge()
    {
        var builder = new StringBuilder(HugeLength + 100);
        while (builder.Length < HugeLength)
        {
            builder.Append(Pick(Texts));
            builder.Append(' ');
        }

        return builder.ToString(0, HugeLength);
    }

    /// <summary>Code points from the whole range, astral planes and controls included (never a lone surrogate: those go through <see cref="RawJsonStrings"/>).</summary>
    public string RandomUnicode(int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var codePoint = Random.Next(4) switch
            {
                0 => Random.Next(0, 0x80),
                1 => Random.Next(0x80, 0xD800),
                2 => Random.Next(0xE000, 0x10000),
                _ => Random.Next(0x10000, 0x110000),
            };
            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }

    /// <summary>An id for a route: usually a real one of the kind the route names (either agency), else any kind, random, empty or no GUID at all.</summary>
    public string RouteId(string hint) => Random.Next(20) switch
    {
        < 10 => Pick(ids.For(hint)).ToString(Pick(["D", "D", "N", "B"])),
        10 or 11 => Pick(ids.All).ToString(),
        12 or 13 => NewGuid().ToString(),
        14 => Guid.Empty.ToString(),
        15 => Pick(["1", "0", "-1", "abc", "null", "..", "%2e%2e", "%00", "ü", "%F0%9F%91%8D", "00000000-0000-0000-0000-00000000000g", "{" + NewGuid() + "}x"]),
        16 => new string('9', Random.Next(40, 3000)),
        17 => Uri.EscapeDataString(RandomUnicode(Random.Next(1, 30))),
        18 => NewGuid().ToString().ToUpperInvariant(),
        _ => Uri.EscapeDataString(Pick(Texts)),
    };

    /// <summary>A value for a route parameter with no constraint, such as an invitation's token.</summary>
    public string RouteText(IReadOnlyList<string> realValues) =>
        realValues.Count > 0 && Chance(0.3) ? Pick(realValues) : Uri.EscapeDataString(Chance(0.1) ? new string('A', Random.Next(40, 5000)) : Short(200));

    /// <summary>A query string for the handler's own parameters, each present or not, well-typed or not, sometimes repeated.</summary>
    public string Query(IReadOnlyList<QuerySlot> slots)
    {
        var parts = new List<string>();
        foreach (var slot in slots)
        {
            if (!Chance(0.45))
            {
                continue;
            }

            var repeat = Chance(0.05) ? 2 : 1;
            for (var i = 0; i < repeat; i++)
            {
                parts.Add($"{Uri.EscapeDataString(Chance(0.05) ? slot.Name.ToUpperInvariant() : slot.Name)}={Uri.EscapeDataString(QueryValue(slot.Name, slot.Type))}");
            }
        }

        if (Chance(0.1))
        {
            parts.Add($"{Uri.EscapeDataString(Pick(["extra", "$filter", "__proto__", "page[size]", "sort[]"]))}={Uri.EscapeDataString(Pick(Texts))}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private string QueryValue(string name, Type type)
    {
        if (Chance(0.35))
        {
            return Pick(Texts);
        }

        if (type.IsEnum)
        {
            return Random.Next(4) switch
            {
                0 => Pick(Enum.GetNames(type)),
                1 => Pick(Enum.GetNames(type)).ToLowerInvariant(),
                2 => Random.Next(-5, 50).ToString(CultureInfo.InvariantCulture),
                _ => "NotOne",
            };
        }

        return type switch
        {
            _ when type == typeof(int) || type == typeof(uint) || type == typeof(long) => Pick(["0", "1", "-1", "25", "100", "101", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "0x10"]),
            _ when type == typeof(bool) => Pick(["true", "false", "True", "1", "0", "yes"]),
            _ when type == typeof(Guid) => Chance(0.6) ? Pick(ids.For(name)).ToString() : NewGuid().ToString("N"),
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => Date(),
            _ => Short(300),
        };
    }

    private string Date() => Pick(
    [
        DateTimeOffset.UtcNow.AddDays(Random.Next(-30, 30)).ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset.UtcNow.AddMinutes(Random.Next(-600, 600)).ToString("O", CultureInfo.InvariantCulture),
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2025-13-45T25:61:00Z",
        "2026-02-30",
        "yesterday",
        "1700000000",
    ]);

    /// <summary>
    /// A JSON body for <paramref name="type"/>: often close to right (so the handler and its
    /// validator run), otherwise missing fields, extra fields, wrong types, the wrong root or no JSON.
    /// </summary>
    public string Body(Type? type)
    {
        return Random.Next(20) switch
        {
            0 or 1 => Pick(BrokenJson),
            2 => Truncate(Value(type, 0)),
            3 => Pick(["[]", "null", "1", "\"text\"", "true", "[{}]", "{}"]),
            4 => Deep(Random.Next(60, 3000)),
            5 => DuplicateKeys(type),
            _ => Value(type, 0),
        };
    }

    private string Truncate(string json) => json.Length <= 1 ? json : json[..Random.Next(1, json.Length)];

    private string Deep(int depth) => Chance(0.5)
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private string DuplicateKeys(Type? type)
    {
        var properties = Properties(type);
        var name = properties.Count > 0 ? JsonName(Pick(properties)) : "a";
        return $"{{\"{name}\":1,\"{name}\":\"two\",\"{name}\":null}}";
    }

    /// <summary>A JSON value meant for <paramref name="type"/>, right or wrong; <paramref name="hint"/> is the field's name.</summary>
    public string Value(Type? type, int depth, string? hint = null)
    {
        if (type is null)
        {
            return AnyValue(depth);
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Chance(0.12))
        {
            // The wrong kind of value altogether.
            return AnyValue(depth);
        }

        if (underlying == typeof(string))
        {
            return Chance(0.1) ? Pick(RawJsonStrings) : JsonSerializer.Serialize(Text());
        }

        if (underlying == typeof(Guid))
        {
            return Random.Next(8) switch
            {
                < 4 => $"\"{Pick(ids.For(hint))}\"",
                4 => $"\"{Pick(ids.All)}\"",
                5 => $"\"{NewGuid()}\"",
                6 => $"\"{Guid.Empty}\"",
                _ => Pick(["\"not-a-guid\"", "\"\"", "123", "\"" + NewGuid().ToString("N") + "\"", "\"{" + NewGuid() + "}\""]),
            };
        }

        if (underlying == typeof(int) || underlying == typeof(uint) || underlying == typeof(long) || underlying == typeof(double))
        {
            return Pick(["0", "1", "2", "3", "5", "-1", "45", "2147483647", "4294967295", "4294967296", "-2147483648", "9223372036854775808", "1.5", "1e3", "1e309", "-0", "\"5\"", "99999999999999999999999999"]);
        }

        if (underlying == typeof(bool))
        {
            return Pick(["true", "false", "\"true\"", "1", "0"]);
        }

        if (underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime))
        {
            return Chance(0.8) ? JsonSerializer.Serialize(Date()) : Pick(["0", "1700000000", "\"\"", "[]"]);
        }

        if (underlying.IsEnum)
        {
            return Random.Next(6) switch
            {
                < 3 => $"\"{Pick(Enum.GetNames(underlying))}\"",
                3 => $"\"{Pick(Enum.GetNames(underlying)).ToLowerInvariant()}\"",
                4 => Random.Next(-3, 40).ToString(CultureInfo.InvariantCulture),
                _ => Pick(["\"NotOne\"", "\"\"", "\"0\"", "\"1,2\""]),
            };
        }

        if (ElementType(underlying) is { } element)
        {
            var count = Chance(0.05) ? Random.Next(200, 2000) : Random.Next(0, 6);
            return "[" + string.Join(',', Enumerable.Range(0, count).Select(_ => Value(element, depth + 1, hint))) + "]";
        }

        return Object(underlying, depth);
    }

    private string Object(Type type, int depth)
    {
        if (depth > 4)
        {
            return "{}";
        }

        var fields = new List<string>();
        foreach (var property in Properties(type))
        {
            if (Chance(0.12))
            {
                continue; // a missing field
            }

            var name = Chance(0.05) ? JsonName(property).ToUpperInvariant() : JsonName(property);
            fields.Add($"\"{name}\":{(Chance(0.06) ? "null" : Value(property.PropertyType, depth + 1, property.Name))}");
        }

        if (Chance(0.15))
        {
            fields.Add($"\"{Pick(["extra", "id", "agencyId", "isAdmin", "role", "$type", "__proto__", "status"])}\":{AnyValue(depth + 1)}");
        }

        return "{" + string.Join(',', fields.OrderBy(_ => Random.Next())) + "}";
    }

    private string AnyValue(int depth) => Random.Next(depth > 3 ? 6 : 8) switch
    {
        0 => "null",
        1 => Pick(["true", "false"]),
        2 => Pick(["0", "-1", "1e309", "3.14", "9223372036854775808"]),
        3 => JsonSerializer.Serialize(Pick(Texts)),
        4 => Pick(RawJsonStrings),
        5 => $"\"{Pick(ids.All)}\"",
        6 => "[" + AnyValue(depth + 1) + "," + AnyValue(depth + 1) + "]",
        _ => "{\"" + Pick(["a", "body", "version", "name"]) + "\":" + AnyValue(depth + 1) + "}",
    };

    private static List<PropertyInfo> Properties(Type? type) =>
        type is null || type == typeof(string) || type.IsPrimitive ? [] : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToList();

    private static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;
}
