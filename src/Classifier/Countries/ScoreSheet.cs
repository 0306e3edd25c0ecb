namespace Classifier.Countries;

/// <summary>Per-country tallies for one document, in arrays indexed by country and reused across calls; only
/// the countries touched by the previous document are cleared.</summary>
internal sealed class ScoreSheet
{
    private int[] _touched = new int[16];
    private int _touchedCount;

    public float[] Title { get; private set; } = [];

    public float[] Dateline { get; private set; } = [];

    public float[] Lead { get; private set; } = [];

    public float[] Weighted { get; private set; } = [];

    public float[] Score { get; private set; } = [];

    public int[] Mentions { get; private set; } = [];

    public int[] FirstMatch { get; private set; } = [];

    public Span<int> Touched => _touched.AsSpan(0, _touchedCount);

    public void Reset(int countryCount)
    {
        if (Title.Length != countryCount)
        {
            Title = new float[countryCount];
            Dateline = new float[countryCount];
            Lead = new float[countryCount];
            Weighted = new float[countryCount];
            Score = new float[countryCount];
            Mentions = new int[countryCount];
            FirstMatch = new int[countryCount];
        }
        else
        {
            foreach (var country in Touched)
            {
                Title[country] = Dateline[country] = Lead[country] = Weighted[country] = Score[country] = 0f;
                Mentions[country] = 0;
            }
        }

        _touchedCount = 0;
    }

    /// <summary>Records one mention. A zone counts once, at the weight of its strongest mention.</summary>
    public void Add(int country, Zone zone, float weight, int matchIndex)
    {
        if (Mentions[country] == 0)
        {
            if (_touchedCount == _touched.Length)
            {
                Array.Resize(ref _touched, _touched.Length * 2);
            }

            _touched[_touchedCount++] = country;
            FirstMatch[country] = matchIndex;
        }

        Mentions[country]++;
        Weighted[country] += weight;
        switch (zone)
        {
            case Zone.Title:
                Title[country] = Math.Max(Title[country], weight);
                break;
            case Zone.Dateline:
                Dateline[country] = Math.Max(Dateline[country], weight);
                break;
            case Zone.Lead:
                Lead[country] = Math.Max(Lead[country], weight);
                break;
        }
    }
}
