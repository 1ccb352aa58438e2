using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Portfolio.Pipeline;
using Portfolio.Serve;
using Portfolio.Tests.Support;

namespace Portfolio.Tests.Serve;

/// <summary>
/// A preview server on a free port over a <see cref="FixtureSite"/>, with an open event stream as a
/// browser tab would have. Builds before starting, like <c>portfolio serve</c>.
/// </summary>
sealed class ServeSession : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    readonly Channel<JsonElement> states = Channel.CreateUnbounded<JsonElement>();
    readonly CancellationTokenSource stop = new();
    Task? reading;

    ServeSession(FixtureSite site, PreviewBuilder builder, PreviewServer server, StringWriter log)
    {
        Site = site;
        Builder = builder;
        Server = server;
        Log = log;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Patience };
    }

    public FixtureSite Site { get; }

    public PreviewBuilder Builder { get; }

    public PreviewServer Server { get; }

    public StringWriter Log { get; }

    public HttpClient Http { get; }

    public static async Task<ServeSession> StartAsync(FixtureSite site, bool listen = true)
    {
        var log = new StringWriter();
        var options = site.Options();
        var builder = new PreviewBuilder(options, Producers.Default, TextWriter.Synchronized(log));
        builder.Rebuild();
        var server = new PreviewServer(builder, [options.ContentDir, options.ThemeDir], 0, TimeSpan.FromMilliseconds(100), TextWriter.Synchronized(log));
        await server.StartAsync();
        var session = new ServeSession(site, builder, server, log);
        if (listen)
        {
            await session.ListenAsync();
        }

        return session;
    }

    /// <summary>Opens the event stream and waits for its first message.</summary>
    async Task ListenAsync()
    {
        var response = await Http.GetAsync("/_serve/events", HttpCompletionOption.ResponseHeadersRead, stop.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(stop.Token);
        reading = Task.Run(async () =>
        {
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    states.Writer.TryWrite(JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone());
                }
            }
        });
        await NextStateAsync();
    }

    /// <summary>The next state message the page receives.</summary>
    public async Task<JsonElement> NextStateAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        timeout.CancelAfter(Patience);
        return await states.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>
    /// The first state message that matches, skipping earlier ones: a slow machine may see a file
    /// half written (and report it) before the write completes.
    /// </summary>
    public async Task<JsonElement> StateWhereAsync(Func<JsonElement, bool> match)
    {
        while (true)
        {
            var state = await NextStateAsync();
            if (match(state))
            {
                return state;
            }
        }
    }

    public static bool Clean(JsonElement state) => state.GetProperty("errors").GetArrayLength() == 0;

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Server.DisposeAsync();
        if (reading is not null)
        {
            try
            {
                await reading;
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
            {
                // The stream ends with the server.
            }
        }

        Http.Dispose();
        stop.Dispose();
    }
}
