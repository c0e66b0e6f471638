import type {
  AreaList,
  CategoryList,
  PlaceCategory,
  PlaceDetail,
  PlacePage,
  TodayResponse,
  TourDetail,
  TourPage,
  TourismAreaId,
} from '@contract/tourism';
import { ApiError, apiGet } from '@/shared/api';

/** A type, not an interface: recoil needs params it can serialise (an index signature). */
export type PlaceListParams = {
  category?: PlaceCategory;
  area?: TourismAreaId;
  q?: string;
  month?: number;
  /** Nearest first, from this point (the visitor's position, when they asked for it). */
  lat?: number;
  long?: number;
  page: number;
  pageSize: number;
};

export type TourListParams = {
  q?: string;
  maxPrice?: number;
  days?: number;
  minDays?: number;
  place?: string;
  sort?: 'recommended' | 'price-asc' | 'price-desc' | 'days';
  page: number;
  pageSize: number;
};

const seg = encodeURIComponent;

export const fetchCategories = () => apiGet<CategoryList>('/api/tourism/categories');
export const fetchAreas = () => apiGet<AreaList>('/api/tourism/areas');
export const fetchPlaces = (params: PlaceListParams) => apiGet<PlacePage>('/api/tourism/places', { params: { ...params } });
export const fetchPlace = (id: string) => apiGet<PlaceDetail>(`/api/tourism/places/${seg(id)}`);
export const fetchTours = (params: TourListParams) => apiGet<TourPage>('/api/tourism/tours', { params: { ...params } });
export const fetchTour = (id: string) => apiGet<TourDetail>(`/api/tourism/tours/${seg(id)}`);
export const fetchToday = () => apiGet<TodayResponse>('/api/tourism/today');

// ---- Weather at a place: the weather API, called directly (its feature's code is not ours). ----

export interface WeatherArea {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  elevation: number;
}

/** Open-Meteo's `current` block, the fields we show. */
export interface CurrentWeather {
  time: string;
  temperature_2m: number;
  apparent_temperature?: number;
  relative_humidity_2m?: number;
  weather_code: number;
  wind_speed_10m?: number;
  is_day?: number;
}

export const fetchWeatherAreas = () => apiGet<{ items: WeatherArea[] }>('/api/weather/areas');
export const fetchForecast = (areaId: string) =>
  apiGet<{ current?: CurrentWeather; current_units?: Record<string, string> }>('/api/weather/forecast', { params: { area: areaId } });

// ---- Tourism news: the news feed's tourism source. ----

export interface NewsItem {
  id: string;
  sourceId: string;
  title: string;
  summary: string;
  category: string;
  imageUrl: string | null;
  publishedAt: string;
}
export interface NewsPage {
  items: NewsItem[];
  page: number;
  pageSize: number;
  total: number;
}

export const TOURISM_NEWS_SOURCE = 'du-lich';
export const fetchTourismNews = (page: number, pageSize = 20) =>
  apiGet<NewsPage>('/api/news', { params: { source: TOURISM_NEWS_SOURCE, page, pageSize } });

/**
 * A part built by another team that may not be there yet: a 404 (no such endpoint, no such
 * source) means "not available", not an error to show.
 */
export async function orNullIfMissing<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 501)) return null;
    throw e;
  }
}
