using Conflict.Extraction.Text;

namespace Conflict.Extraction.Attribution;

/// <summary>
/// Attributes a figure: quoted speech goes to the quotation's speaker; otherwise the nearest frame of the
/// sentence that covers it; otherwise a frame of an earlier sentence of the same paragraph ("…, according to
/// Russian authorities. So far, at least 12 …"); otherwise the publisher.
/// </summary>
internal sealed class Attributor(DocumentText doc, SentenceFacts[] facts, Speaker?[] quoteSpeakers, Speaker publisher)
{
    private const int MaxInherit = 3;

    public Attributed Attribute(int sentence, int token)
    {
        var quote = QuoteAt(token);
        if (quote >= 0 && quoteSpeakers[quote] is { } quoted)
        {
            return new Attributed(quoted, "", sentence);
        }
        Frame? nearest = null;
        foreach (var frame in facts[sentence].Frames)
        {
            if (!frame.QuoteOnly && (nearest is null || Math.Abs(frame.Position - token) < Math.Abs(nearest.Position - token)))
            {
                nearest = frame;
            }
        }
        if (nearest is not null)
        {
            return new Attributed(nearest.Speaker, nearest.Reporter, sentence);
        }
        var paragraph = doc.Sentences[sentence].Paragraph;
        for (var back = sentence - 1; back >= 0 && back >= sentence - MaxInherit && doc.Sentences[back].Paragraph == paragraph; back--)
        {
            if (facts[back].SentenceFrame is { } inherited)
            {
                return new Attributed(inherited.Speaker, inherited.Reporter, back);
            }
            if (facts[back].Frames.Count > 0)
            {
                break;
            }
        }
        return new Attributed(publisher, "", sentence);
    }

    /// <summary>The quotation holding <paramref name="token"/>, if any.</summary>
    public QuoteSpan? QuoteOf(int token) => QuoteAt(token) is var i and >= 0 ? doc.Quotes[i] : null;

    private int QuoteAt(int token)
    {
        int lo = 0, hi = doc.Quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (doc.Quotes[mid].Start <= token)
            {
                (found, lo) = (mid, mid + 1);
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found >= 0 && doc.Quotes[found].Contains(token) ? found : -1;
    }

    /// <summary>
    /// The speaker of each quotation: a frame right after the closing mark ("“…,” the president said"), else the
    /// last frame before the opening mark in its sentence ("Zelensky wrote: “…”").
    /// </summary>
    public static Speaker?[] QuoteSpeakers(DocumentText doc, SentenceFacts[] facts, int[] sentenceOf)
    {
        var speakers = new Speaker?[doc.Quotes.Count];
        for (var i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            if (q.End < doc.Tokens.Count && sentenceOf[q.End] == sentenceOf[q.End - 1])
            {
                var after = facts[sentenceOf[q.End]].Frames.Find(f => f.Position >= q.End && f.Position - q.End <= 12 && !OpensBetween(doc, q.End, f.Position));
                speakers[i] = after?.Speaker;
            }
            speakers[i] ??= facts[sentenceOf[q.Start]].Frames.FindLast(f => f.Position < q.Start)?.Speaker;
        }
        return speakers;
    }

    private static bool OpensBetween(DocumentText doc, int from, int to)
    {
        for (var k = from + 1; k <= to && k < doc.QuoteBefore.Length; k++)
        {
            if (doc.QuoteBefore[k] == DocumentText.OpenMark)
            {
                return true;
            }
        }
        return false;
    }
}
