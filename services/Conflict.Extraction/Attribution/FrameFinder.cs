using Conflict.Extraction.Lexicon;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Attribution;

/// <summary>
/// Finds attribution frames: "X said (that)", "“…,” said X", "X a déclaré", "a écrit X", "according to X",
/// "selon X", "X told AFP". Speakers resolve in document order so pronouns point back to the last speaker.
/// </summary>
internal sealed class FrameFinder(Lexicon.Lexicon lex, SpeakerResolver resolver, SpeakerPhrases phrases, NameFinder names)
{
    public List<Frame> Find(DocumentText doc, Sentence s, SpeakerMemory memory)
    {
        var frames = new List<Frame>();
        var t = doc.Tokens;
        for (var p = s.First; p < s.End; p++)
        {
            var n = lex.Frames.Match(t, p, s.End, out var kinds);
            if (n == 0)
            {
                continue;
            }
            var frame = kinds[0] == FrameKind.According ? According(doc, s, p, n, memory) : Reporting(doc, s, p, n, kinds[0], memory, frames);
            if (frame is not null)
            {
                frames.Add(frame);
            }
            p += n - 1;
        }
        return frames;
    }

    private Frame? According(DocumentText doc, Sentence s, int p, int n, SpeakerMemory memory)
    {
        var (a, b) = phrases.Right(doc, s, p + n, according: true);
        (a, b) = phrases.StripSourceNouns(doc.Tokens, a, b);
        var speaker = resolver.Resolve(doc, a, b, memory);
        return speaker is null ? null : Remember(new Frame(p, FrameKind.According, speaker, false, Relay(doc, s, b)), memory);
    }

    private Frame? Reporting(DocumentText doc, Sentence s, int p, int n, FrameKind kind, SpeakerMemory memory, List<Frame> earlier)
    {
        var (a, b, afterQuote, pa, pb) = phrases.Left(doc, s, p);
        var named = pb > pa && names.LastName(doc.Tokens, doc.Text, pa, pb) is not null;
        // "Toll passes 40,000, says health ministry": a subject holding a figure is the statement, not its speaker
        if (!named && (!phrases.Plausible(doc.Tokens, a, b) || HasNumber(doc.Tokens, a, b))
            && InvertedAfterComma(doc, s, p, n, memory) is { } inverted)
        {
            return Remember(inverted, memory);
        }
        if (b == a && b > s.First && (Relatives.Contains(doc.Tokens[b - 1].Key) || kind == FrameKind.Participle))
        {
            // "the army spokesman, who also claims ...", "..., adding that ...": the subject of the previous frame
            var subject = earlier.Count > 0 ? earlier[^1].Speaker : null;
            if (subject is null && b - 2 >= s.First && doc.Tokens[b - 2].Key == ",")
            {
                var (sa, sb, _, _, _) = phrases.Left(doc, s, b - 2);
                subject = sb > sa ? resolver.Resolve(doc, sa, sb, memory) : null;
            }
            return subject is null ? null : Remember(new Frame(p, kind, subject, false, ""), memory);
        }
        // "the governor, Oleh Synehubov, said": the name in apposition is the speaker, the title its role
        var speaker = named ? resolver.Resolve(doc, pa, pb, memory, a, b) : null;
        speaker ??= b > a ? resolver.Resolve(doc, a, b, memory) : null;
        if (speaker is not null)
        {
            var reporter = kind == FrameKind.Tell ? Object(doc, s, p + n, memory) : "";
            return Remember(new Frame(p, kind, speaker, afterQuote, reporter), memory);
        }
        if (kind is FrameKind.Participle or FrameKind.Tell)
        {
            return null;
        }
        var (ra, rb) = phrases.Right(doc, s, p + n, according: false);
        (ra, rb) = phrases.Apposition(doc, s, ra, rb);
        speaker = rb > ra ? resolver.Resolve(doc, ra, rb, memory) : null;
        return speaker is null ? null : Remember(new Frame(p, kind, speaker, afterQuote, ""), memory);
    }

    /// <summary>"…, a annoncé le gouverneur régional", "…, said the ministry": a comma, the verb, then a speaker.</summary>
    private Frame? InvertedAfterComma(DocumentText doc, Sentence s, int p, int n, SpeakerMemory memory)
    {
        var t = doc.Tokens;
        var k = p - 1;
        while (k > s.First && lex.SkipBeforeVerb.Contains(t[k].Key) && t[k].Key is "a" or "has" or "have" or "had" or "ont")
        {
            k--;
        }
        if (k <= s.First || t[k].Key != ",")
        {
            return null;
        }
        var (ra, rb) = phrases.Right(doc, s, p + n, according: false);
        (ra, rb) = phrases.Apposition(doc, s, ra, rb);
        if (rb <= ra || !phrases.Plausible(t, ra, rb) || rb < s.End && !(t[rb].Kind == TokenKind.Punct || lex.SpeakerStops.Contains(t[rb].Key)))
        {
            return null;
        }
        var speaker = resolver.Resolve(doc, ra, rb, memory);
        var afterQuote = doc.QuoteBefore[k] == DocumentText.CloseMark || doc.QuoteBefore[p] == DocumentText.CloseMark;
        return speaker is null ? null : new Frame(p, FrameKind.Say, speaker, afterQuote, "");
    }

    private static bool HasNumber(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (t[i].IsNumber)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Relatives = Lexicon.Lexicon.Set(["who", "which", "that", "qui", "lequel", "laquelle"]);

    /// <summary>"X told Reuters", "a déclaré à l'AFP": the one told relays the figure when it is a name (an outlet);
    /// an audience ("told ambassadors", "told a meeting of officials") relays nothing.</summary>
    private string Object(DocumentText doc, Sentence s, int start, SpeakerMemory memory)
    {
        var (a, b) = phrases.Right(doc, s, start, according: false);
        var t = doc.Tokens;
        var words = 0;
        for (var i = a; i < b; i++)
        {
            if (t[i].IsWord && !lex.Determiners.Contains(t[i].Key) && !SpeakerPhrases.IsNameLink(t, i, b))
            {
                if (!t[i].Upper)
                {
                    return "";
                }
                words++;
            }
        }
        return words is > 0 and <= 5 ? resolver.Resolve(doc, a, b, new SpeakerMemory())?.Name ?? "" : "";
    }

    private string Relay(DocumentText doc, Sentence s, int from)
    {
        for (var k = from; k < s.End; k++)
        {
            var n = lex.RelayWords.Match(doc.Tokens, k, s.End, out _);
            if (n > 0)
            {
                var (a, b) = phrases.Right(doc, s, k + n, according: false);
                return b > a ? resolver.Resolve(doc, a, b, new SpeakerMemory())?.Name ?? "" : "";
            }
        }
        return "";
    }

    private static Frame Remember(Frame frame, SpeakerMemory memory)
    {
        memory.Spoke(frame.Speaker);
        return frame;
    }
}
