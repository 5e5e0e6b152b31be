/** The API path of the Today screen for a local day (YYYY-MM-DD). */
export const todayPath = (day: string) => `/api/v1/me/today?date=${day}`;
