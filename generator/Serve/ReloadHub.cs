using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Portfolio.Serve;

/// <summary>
/// Tells open pages about each build through Server-Sent Events. Every message is the whole preview
/// state in brief, <c>{"version":3,"errors":[…]}</c>, so a page that connects late, or reconnects after
/// a restart, knows at once whether to reload or to show the errors.
/// </summary>
public sealed class ReloadHub
{
    readonly ConcurrentDictionary<Channel<string>, bool> clients = new();

    /// <summary>Sends <paramref name="state"/> to every open page.</summary>
    public void Publish(PreviewState state)
    {
        var message = Message(state);
        foreach (var client in clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Streams messages to one page until it goes away or the server stops, starting with <paramref name="current"/>.</summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, PreviewState current, CancellationToken stop)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        clients.TryAdd(channel, true);
        try
        {
            // Reconnect quickly after a restart of the server.
            await Write(body, "retry: 500\n\n", stop);
            await Write(body, Message(current), stop);
            await flush();
            while (!stop.IsCancellationRequested)
            {
                using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(stop);
                heartbeat.CancelAfter(TimeSpan.FromSeconds(20));
                string message;
                try
                {
                    message = await channel.Reader.ReadAsync(heartbeat.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    message = ": still here\n\n"; // a comment line keeps idle connections open
                }

                await Write(body, message, stop);
                await flush();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page was closed or reloaded, or the server is stopping.
        }
        finally
        {
            clients.TryRemove(channel, out _);
        }
    }

    static Task Write(Stream body, string text, CancellationToken stop) => body.WriteAsync(Encoding.UTF8.GetBytes(text), stop).AsTask();

    /// <summary>One SSE message of type <c>state</c>.</summary>
    public static string Message(PreviewState state)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", state.Version);
            json.WriteStartArray("errors");
            foreach (var error in state.Errors)
            {
                json.WriteStartObject();
                json.WriteString("file", error.Position.File);
                json.WriteNumber("line", error.Position.Line);
                json.WriteNumber("column", error.Position.Column);
                json.WriteString("code", error.Code.Id);
                json.WriteString("message", error.Message);
                if (error.Hint is { } hint)
                {
                    json.WriteString("hint", hint);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return $"event: state\ndata: {Encoding.UTF8.GetString(buffer.ToArray())}\n\n";
    }
}
