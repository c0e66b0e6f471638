import { atom, selector, selectorFamily } from 'recoil';
import type { PlaceCategory } from '@contract/tourism';
import { vietnamWallClock } from '@/shared/format';
import {
  fetchCategories,
  fetchForecast,
  fetchPlace,
  fetchPlaces,
  fetchToday,
  fetchTour,
  fetchTourismNews,
  fetchTours,
  fetchWeatherAreas,
  orNullIfMissing,
  type CurrentWeather,
  type PlaceListParams,
  type TourListParams,
  type WeatherArea,
} from './api';
import { nearestArea } from './model';

// ---- Client state: what the visitor chose on the lists (kept while the app is open). ----

export type CategoryFilter = 'all' | 'season' | PlaceCategory;

export interface PlaceFilter {
  category: CategoryFilter;
  q: string;
  /** "Gần tôi": the visitor's position, only after they tapped for it. */
  near?: { lat: number; long: number } | null;
}

export const placeFilterState = atom<PlaceFilter>({
  key: 'tourism/placeFilter',
  default: { category: 'all', q: '', near: null },
});

export type PriceFilter = 'all' | '1000000' | '2000000' | '3000000';
export type DaysFilter = 'all' | '1' | '2' | '3' | '4+';

export const tourFilterState = atom<{ price: PriceFilter; days: DaysFilter }>({
  key: 'tourism/tourFilter',
  default: { price: 'all', days: 'all' },
});

// ---- Server data ----

export const PAGE_SIZE = 20;

export const categoriesQuery = selector({ key: 'tourism/categories', get: () => fetchCategories() });

export const placesPageQuery = selectorFamily({
  key: 'tourism/placesPage',
  get: (params: PlaceListParams) => () => fetchPlaces(params),
});

/** A place, or null when there is no such place (a 404 is an answer, not a failure to retry). */
export const placeQuery = selectorFamily({ key: 'tourism/place', get: (id: string) => () => orNullIfMissing(fetchPlace(id)) });

export const toursPageQuery = selectorFamily({
  key: 'tourism/toursPage',
  get: (params: TourListParams) => () => fetchTours(params),
});

/** A tour, or null when there is no such tour. */
export const tourQuery = selectorFamily({ key: 'tourism/tour', get: (id: string) => () => orNullIfMissing(fetchTour(id)) });

export const todayQuery = selector({ key: 'tourism/today', get: () => fetchToday() });

/** Tourism news, or null while the news feed (or its tourism source) is not there. */
export const tourismNewsQuery = selectorFamily({
  key: 'tourism/news',
  get: (page: number) => () => orNullIfMissing(fetchTourismNews(page)),
});

/**
 * Today's weather at a place: the forecast of the nearest weather area. Null when the weather
 * service is not there or answers nothing usable, so the block can step aside quietly.
 */
export interface PlaceWeather {
  area: WeatherArea;
  km: number;
  current: CurrentWeather;
}

export const placeWeatherQuery = selectorFamily({
  key: 'tourism/placeWeather',
  get:
    ({ lat, long }: { lat: number; long: number }) =>
    async (): Promise<PlaceWeather | null> => {
      try {
        const areas = await orNullIfMissing(fetchWeatherAreas());
        const nearest = areas?.items?.length ? nearestArea(areas.items, lat, long) : null;
        if (!nearest) return null;
        const forecast = await orNullIfMissing(fetchForecast(nearest.area.id));
        const current = forecast?.current;
        if (!current || typeof current.temperature_2m !== 'number' || typeof current.weather_code !== 'number') return null;
        return { area: nearest.area, km: nearest.km, current };
      } catch {
        // Weather is extra on this page: any failure hides the block rather than the place.
        return null;
      }
    },
});

/** Query parameters of the tour filters. */
export function tourParams(filter: { price: PriceFilter; days: DaysFilter }, page: number): TourListParams {
  return {
    page,
    pageSize: PAGE_SIZE,
    ...(filter.price !== 'all' ? { maxPrice: Number(filter.price) } : {}),
    ...(filter.days === '4+' ? { minDays: 4 } : filter.days !== 'all' ? { days: Number(filter.days) } : {}),
  };
}

/** Query parameters of the place filters; "Đẹp tháng này" asks for this month's places. */
export function placeParams(filter: PlaceFilter, page: number, now = new Date()): PlaceListParams {
  return {
    page,
    pageSize: PAGE_SIZE,
    ...(filter.near ? { lat: Math.round(filter.near.lat * 1e5) / 1e5, long: Math.round(filter.near.long * 1e5) / 1e5 } : {}),
    ...(filter.category === 'season' ? { month: vietnamWallClock(now).getUTCMonth() + 1 } : {}),
    ...(filter.category !== 'all' && filter.category !== 'season' ? { category: filter.category } : {}),
    ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
  };
}
