#include "Lead.h"

#include <algorithm>

Lead Lead::trimmed() const
{
    Lead copy;
    for (std::size_t i = 0; i < m_values.size(); ++i)
        copy.m_values[i] = m_values[i].trimmed();
    return copy;
}

bool Lead::isEmpty() const
{
    return std::all_of(m_values.begin(), m_values.end(), [](const QString& v) { return v.trimmed().isEmpty(); });
}
